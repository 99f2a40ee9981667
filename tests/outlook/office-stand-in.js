/*
 * A strict stand-in for Office.js in Outlook's appointment organizer form, for tests only. Tests route
 * Microsoft's CDN address (https://appsforoffice.microsoft.com/lib/1/hosted/office.js) to this file,
 * or run it in a Node vm before the event runtime. It is strict where Microsoft's documentation is:
 * - every *Async call answers through its callback with an AsyncResult, later (never synchronously);
 * - an API exists only from the Mailbox requirement set that brings it (body get/set 1.3,
 *   recurrence and item.addHandlerAsync 1.7, InsightMessage 1.10);
 * - limits are checked: a body of 1,000,000 characters, a notification key of 32 and message of 150,
 *   one action that shows the task pane, a send alert's message of 500;
 * - an HTML body comes back rewritten the way Outlook is reported to rewrite it: comments and
 *   attributes dropped, every text run wrapped in a span, the whole in Outlook's own html/body and
 *   wrapper div, characters outside ASCII written as numeric entities.
 * Configure before loading with `globalThis.__officeStandInConfig`; tests drive and read it through
 * `globalThis.__officeStandIn`.
 */
(() => {
  const config = globalThis.__officeStandInConfig || {};
  const mailboxVersion = config.mailboxVersion || '1.14';
  const latencyMs = config.latencyMs ?? 2;

  const versionNumber = (version) => {
    const [major = '0', minor = '0'] = String(version).split('.');
    return Number(major) * 1000 + Number(minor);
  };
  const hasMailbox = (version) => versionNumber(mailboxVersion) >= versionNumber(version);

  const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
  const CoercionType = { Html: 'html', Text: 'text' };
  const MailboxEnums = {
    ItemNotificationMessageType: {
      ProgressIndicator: 'progressIndicator',
      InformationalMessage: 'informationalMessage',
      ErrorMessage: 'errorMessage',
      InsightMessage: 'insightMessage',
    },
    ActionType: { ShowTaskPane: 'showTaskPane' },
    RecurrenceType: {
      Daily: 'daily',
      Weekday: 'weekday',
      Weekly: 'weekly',
      Monthly: 'monthly',
      Yearly: 'yearly',
    },
    Days: { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' },
    ItemType: { Message: 'message', Appointment: 'appointment' },
  };
  const EventType = {
    AppointmentTimeChanged: 'olkAppointmentTimeChanged',
    RecipientsChanged: 'olkRecipientsChanged',
    RecurrenceChanged: 'olkRecurrenceChanged',
  };

  const calls = [];
  // Calls the test makes fail (e.g. 'body.setAsync'), to test the failure paths: Outlook answers
  // such a call with a failed AsyncResult, as it does when the item is busy or the data is refused.
  const failing = new Set(config.failing ?? []);
  const later = (fn) => setTimeout(fn, latencyMs);
  const requireCallback = (name, callback) => {
    if (callback !== undefined && typeof callback !== 'function')
      throw new TypeError(`Sys.ArgumentTypeException: ${name}: callback must be a function`);
  };
  const succeed = (callback, value, asyncContext) =>
    later(() => callback?.({ status: AsyncResultStatus.Succeeded, value, asyncContext }));
  const fail = (callback, name, message, asyncContext) =>
    later(() =>
      callback?.({
        status: AsyncResultStatus.Failed,
        value: undefined,
        error: { name, message, code: 9000 },
        asyncContext,
      }),
    );
  /** Office.js signatures: (…args, [options], [callback]); options may carry asyncContext. */
  const split = (args) => {
    const list = [...args];
    const callback = typeof list[list.length - 1] === 'function' ? list.pop() : undefined;
    if (list.length > 0 && list[list.length - 1] !== undefined && typeof list[list.length - 1] !== 'object')
      requireCallback('options', list[list.length - 1]);
    const options = list.length > 0 && typeof list[list.length - 1] === 'object' ? list.pop() : {};
    return { callback, options: options || {}, rest: list };
  };

  // --- the HTML body, rewritten as Outlook is reported to rewrite it --------------------------------
  const decode = (text) =>
    text
      .replace(/&nbsp;/g, '\u00a0')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
      .replace(/&amp;/g, '&');
  const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const bodyOf = (html) => {
    const match = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
    return match ? match[1] : html;
  };
  function outlookRewrite(html) {
    const inner = bodyOf(html)
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|head)[^>]*>[\s\S]*?<\/\1>/gi, '')
      .replace(/<([a-zA-Z][\w-]*)(?:\s[^>]*)?>/g, '<$1>')
      .replace(/>([^<]+)</g, (_, text) => `><span>${text}</span><`)
      .replace(/[^\x20-\x7e\s<>]/gu, (char) => `&#${char.codePointAt(0)};`);
    return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0}</style></head><body><div class="elementToProof">${inner}</div></body></html>`;
  }
  function htmlToText(html) {
    return decode(
      bodyOf(html)
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<(script|style|head)[^>]*>[\s\S]*?<\/\1>/gi, '')
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/<\/(p|div|li|h[1-6]|tr)>/gi, '\n')
        .replace(/<[^>]+>/g, ''),
    )
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  // --- the appointment -----------------------------------------------------------------------------
  const state = {
    subject: config.subject ?? '',
    start: new Date(config.start ?? '2026-12-01T08:00:00Z'),
    end: new Date(config.end ?? '2026-12-01T09:30:00Z'),
    location: config.location ?? '',
    requiredAttendees: (config.requiredAttendees ?? []).map((a) => ({ ...a })),
    optionalAttendees: (config.optionalAttendees ?? []).map((a) => ({ ...a })),
    bodyHtml: config.bodyHtml ? outlookRewrite(config.bodyHtml) : '',
    recurrence: null,
    notifications: new Map(),
    handlers: new Map(),
    roaming: { ...(config.roamingSettings ?? {}) },
    savedRoaming: { ...(config.roamingSettings ?? {}) },
    associated: new Map(),
    completed: [],
  };
  const fire = (type, args) => {
    for (const handler of state.handlers.get(type) ?? []) later(() => handler({ type, ...args }));
  };

  const stringProperty = (name, max) => ({
    getAsync(...args) {
      const { callback, options } = split(args);
      calls.push(`${name}.getAsync`);
      if (failing.has(`${name}.getAsync`))
        return fail(callback, 'ItemNotAvailable', `${name} could not be read`);
      succeed(callback, state[name], options.asyncContext);
    },
    setAsync(value, ...args) {
      const { callback, options } = split(args);
      calls.push(`${name}.setAsync`);
      if (typeof value !== 'string') return fail(callback, 'InvalidDataFormat', `${name} must be a string`);
      if (value.length > max)
        return fail(callback, 'DataExceedsMaximumSize', `${name} over ${max} characters`);
      state[name] = value;
      succeed(callback, undefined, options.asyncContext);
    },
  });
  const timeProperty = (name) => ({
    getAsync(...args) {
      const { callback, options } = split(args);
      calls.push(`${name}.getAsync`);
      succeed(callback, new Date(state[name].getTime()), options.asyncContext);
    },
    setAsync(value, ...args) {
      const { callback, options } = split(args);
      if (!(value instanceof Date)) return fail(callback, 'InvalidDataFormat', `${name} must be a Date`);
      state[name] = new Date(value.getTime());
      succeed(callback, undefined, options.asyncContext);
      fire(EventType.AppointmentTimeChanged, { start: state.start, end: state.end });
    },
  });
  const recipients = (name) => ({
    getAsync(...args) {
      const { callback, options } = split(args);
      calls.push(`${name}.getAsync`);
      succeed(
        callback,
        state[name].map((a) => ({ ...a })),
        options.asyncContext,
      );
    },
  });

  const body = {
    prependAsync(data, ...args) {
      const { callback, options } = split(args);
      state.bodyHtml = outlookRewrite(
        `${options.coercionType === 'html' ? data : escapeText(data)}${bodyOf(state.bodyHtml)}`,
      );
      succeed(callback, undefined, options.asyncContext);
    },
  };
  if (hasMailbox('1.3')) {
    body.getAsync = (coercionType, ...args) => {
      const { callback, options } = split(args);
      calls.push(`body.getAsync:${coercionType}`);
      if (coercionType !== 'html' && coercionType !== 'text')
        return fail(callback, 'InvalidFormatError', `unknown coercion type ${coercionType}`);
      succeed(
        callback,
        coercionType === 'html' ? state.bodyHtml : htmlToText(state.bodyHtml),
        options.asyncContext,
      );
    };
    body.setAsync = (data, ...args) => {
      const { callback, options } = split(args);
      calls.push(`body.setAsync:${options.coercionType ?? 'text'}`);
      if (failing.has('body.setAsync'))
        return fail(callback, 'ItemNotAvailable', 'the body could not be written');
      if (typeof data !== 'string') return fail(callback, 'InvalidDataFormat', 'data must be a string');
      if (data.length > 1_000_000)
        return fail(callback, 'DataExceedsMaximumSize', 'over 1,000,000 characters');
      // Without coercionType the data is text: markup would show as characters.
      const html = options.coercionType === 'html' ? data : escapeText(data).replace(/\n/g, '<br>');
      state.bodyHtml = outlookRewrite(html);
      succeed(callback, undefined, options.asyncContext);
    };
  }

  const notificationMessages = {
    addAsync(key, details, ...args) {
      const { callback, options } = split(args);
      if (state.notifications.has(key)) return fail(callback, 'DuplicateNotificationKey', key);
      notificationMessages.replaceAsync(key, details, options, callback);
    },
    replaceAsync(key, details, ...args) {
      const { callback, options } = split(args);
      calls.push('notificationMessages.replaceAsync');
      const problem = checkNotification(key, details);
      if (problem) return fail(callback, 'InvalidNotification', problem);
      state.notifications.set(key, JSON.parse(JSON.stringify(details)));
      succeed(callback, undefined, options.asyncContext);
    },
    removeAsync(key, ...args) {
      const { callback, options } = split(args);
      calls.push('notificationMessages.removeAsync');
      if (!state.notifications.delete(key)) return fail(callback, 'KeyNotFound', key);
      succeed(callback, undefined, options.asyncContext);
    },
    getAllAsync(...args) {
      const { callback, options } = split(args);
      succeed(
        callback,
        [...state.notifications].map(([key, details]) => ({ key, ...details })),
        options.asyncContext,
      );
    },
  };
  function checkNotification(key, details) {
    const types = Object.values(MailboxEnums.ItemNotificationMessageType);
    if (typeof key !== 'string' || key.length === 0 || key.length > 32) return 'key must be 1–32 characters';
    if (!details || !types.includes(details.type)) return 'unknown type';
    if (typeof details.message !== 'string' || details.message.length > 150)
      return 'message over 150 characters';
    if (details.type === 'insightMessage') {
      if (!hasMailbox('1.10')) return 'InsightMessage needs Mailbox 1.10';
      if (!details.icon) return 'InsightMessage needs an icon';
      const actions = details.actions;
      if (!Array.isArray(actions) || actions.length !== 1) return 'InsightMessage needs exactly one action';
      const [action] = actions;
      if (action.actionType !== 'showTaskPane') return 'the only action shows the task pane';
      if (!action.actionText || !action.commandId) return 'an action needs actionText and commandId';
      if (action.contextData !== undefined && typeof action.contextData !== 'string')
        return 'contextData is a string';
      if (details.persistent !== undefined) return 'an InsightMessage cannot be persistent';
    } else if (details.actions !== undefined) return 'only an InsightMessage has actions';
    return undefined;
  }

  class SeriesTime {
    #start = { year: 0, month: 0, day: 0 };
    #end = null;
    #time = { hours: 0, minutes: 0 };
    #duration = 30;
    setStartDate(year, month, day) {
      if (typeof year === 'string')
        [year, month, day] = year.split('-').map((n, i) => Number(n) - (i === 1 ? 1 : 0));
      if (month < 0 || month > 11) throw new RangeError('month is 0–11');
      this.#start = { year, month, day };
    }
    setEndDate(year, month, day) {
      if (typeof year === 'string')
        [year, month, day] = year.split('-').map((n, i) => Number(n) - (i === 1 ? 1 : 0));
      if (month < 0 || month > 11) throw new RangeError('month is 0–11');
      this.#end = { year, month, day };
    }
    setStartTime(hours, minutes) {
      this.#time = { hours, minutes };
    }
    setDuration(minutes) {
      if (!(minutes > 0)) throw new RangeError('duration must be positive');
      this.#duration = minutes;
    }
    getStartDate() {
      const { year, month, day } = this.#start;
      return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
    getEndDate() {
      if (!this.#end) return null;
      const { year, month, day } = this.#end;
      return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
    getStartTime() {
      return `${String(this.#time.hours).padStart(2, '0')}:${String(this.#time.minutes).padStart(2, '0')}`;
    }
    getDuration() {
      return this.#duration;
    }
  }

  const item = {
    itemType: 'appointment',
    subject: stringProperty('subject', 255),
    location: stringProperty('location', 255),
    start: timeProperty('start'),
    end: timeProperty('end'),
    requiredAttendees: recipients('requiredAttendees'),
    optionalAttendees: recipients('optionalAttendees'),
    body,
    notificationMessages,
  };
  if (hasMailbox('1.7')) {
    item.recurrence = {
      getAsync(...args) {
        const { callback, options } = split(args);
        calls.push('recurrence.getAsync');
        succeed(callback, state.recurrence, options.asyncContext);
      },
      setAsync(pattern, ...args) {
        const { callback, options } = split(args);
        calls.push('recurrence.setAsync');
        const types = Object.values(MailboxEnums.RecurrenceType);
        if (!pattern || !types.includes(pattern.recurrenceType))
          return fail(callback, 'InvalidRecurrence', 'unknown recurrenceType');
        if (!(pattern.seriesTime instanceof SeriesTime))
          return fail(callback, 'InvalidRecurrence', 'seriesTime must be a SeriesTime');
        const props = pattern.recurrenceProperties ?? {};
        if (pattern.recurrenceType !== 'weekday' && !(props.interval >= 1))
          return fail(callback, 'InvalidRecurrence', 'interval must be 1 or more');
        if (pattern.recurrenceType === 'weekly' && !(Array.isArray(props.days) && props.days.length > 0))
          return fail(callback, 'InvalidRecurrence', 'a weekly pattern needs days');
        state.recurrence = { ...pattern, recurrenceProperties: { ...props } };
        succeed(callback, undefined, options.asyncContext);
        fire(EventType.RecurrenceChanged, { recurrence: state.recurrence });
      },
    };
    item.addHandlerAsync = (eventType, handler, ...args) => {
      const { callback, options } = split(args);
      if (!Object.values(EventType).includes(eventType)) return fail(callback, 'InvalidEventType', eventType);
      state.handlers.set(eventType, [...(state.handlers.get(eventType) ?? []), handler]);
      succeed(callback, undefined, options.asyncContext);
    };
  }

  // Roaming settings as documented (Office.RoamingSettings): a setting's name is a case-sensitive
  // string and its value a String, Number, Boolean, null, Object or Array, kept as its JSON; set and
  // remove change only the in-memory copy, saveAsync persists it (32 KB per add-in, else error 9057).
  // The in-memory copy is read from the mailbox once, when the add-in loads: a test opens a new pane
  // (or runtime) with `roamingSettings` set to what an earlier one saved (`state.savedRoaming`).
  const roamingValue = (value) =>
    value === null || ['string', 'number', 'boolean', 'object'].includes(typeof value);
  const roamingSettings = {
    get: (name) => {
      const value = state.roaming[name];
      return value === undefined ? null : JSON.parse(JSON.stringify(value));
    },
    set: (name, value) => {
      if (typeof name !== 'string') throw new TypeError('Sys.ArgumentTypeException: name must be a string');
      if (!roamingValue(value))
        throw new TypeError(
          `Sys.ArgumentTypeException: ${name}: a setting holds JSON data, not ${typeof value}`,
        );
      state.roaming[name] = JSON.parse(JSON.stringify(value));
    },
    remove: (name) => {
      delete state.roaming[name];
    },
    saveAsync(...args) {
      const { callback, options } = split(args);
      calls.push('roamingSettings.saveAsync');
      if (failing.has('roamingSettings.saveAsync'))
        return fail(callback, 'GenericSettingsError', 'the settings could not be saved');
      if (JSON.stringify(state.roaming).length > 32 * 1024)
        return later(() =>
          callback?.({
            status: AsyncResultStatus.Failed,
            value: undefined,
            error: { name: 'SettingsSizeExceeded', message: 'roaming settings hold 32 KB', code: 9057 },
            asyncContext: options.asyncContext,
          }),
        );
      state.savedRoaming = JSON.parse(JSON.stringify(state.roaming));
      succeed(callback, undefined, options.asyncContext);
    },
  };

  const context = {
    displayLanguage: config.displayLanguage ?? 'en-US',
    requirements: {
      isSetSupported(name, minVersion) {
        if (String(name).toLowerCase() !== 'mailbox') return false;
        return hasMailbox(minVersion ?? '1.1');
      },
    },
    roamingSettings,
    mailbox: { item, diagnostics: { hostName: 'Outlook', hostVersion: 'stand-in' } },
  };

  // Office.js initializes asynchronously: Office.context is there only once it is ready (after
  // Office.onReady in a page; before Outlook calls an event handler in the runtime).
  let ready = false;
  const whenReady = new Promise((resolve) =>
    later(() => {
      ready = true;
      resolve();
    }),
  );
  globalThis.Office = {
    AsyncResultStatus,
    CoercionType,
    MailboxEnums,
    EventType,
    SeriesTime,
    get context() {
      if (!ready) throw new Error('Office.context is not available before Office.onReady');
      return context;
    },
    onReady(callback) {
      return whenReady.then(() => {
        const info = { host: 'Outlook', platform: 'OfficeOnline' };
        callback?.(info);
        return info;
      });
    },
    actions: {
      associate(name, handler) {
        if (typeof name !== 'string' || typeof handler !== 'function')
          throw new TypeError('Office.actions.associate(name, function)');
        state.associated.set(name, handler);
      },
    },
  };

  /** The test's handle: drive the form as the user would, and read what Outlook now holds. */
  globalThis.__officeStandIn = {
    state,
    calls,
    setSubject(subject) {
      state.subject = subject;
    },
    setTimes(start, end) {
      state.start = new Date(start);
      state.end = new Date(end);
      fire(EventType.AppointmentTimeChanged, { start: state.start, end: state.end });
    },
    setAttendees(list) {
      state.requiredAttendees = list.map((a) => ({ ...a }));
      fire(EventType.RecipientsChanged, { changedRecipientFields: { requiredAttendees: true } });
    },
    bodyText: () => htmlToText(state.bodyHtml),
    bodyHtml: () => state.bodyHtml,
    notifications: () => Object.fromEntries(state.notifications),
    /** Calls a handler the runtime associated, as Outlook would, and resolves with what it completed with. */
    dispatch(name, eventType) {
      const handler = state.associated.get(name);
      if (!handler) return Promise.reject(new Error(`no handler associated as ${name}`));
      return whenReady.then(
        () =>
          new Promise((resolve, reject) => {
            let done = false;
            const event = {
              type: eventType,
              completed(options) {
                if (done) return reject(new Error('event.completed called twice'));
                done = true;
                if (options?.errorMessage !== undefined && String(options.errorMessage).length > 500)
                  return reject(new Error('errorMessage over 500 characters'));
                state.completed.push({ name, options });
                resolve(options);
              },
            };
            handler(event);
          }),
      );
    },
  };
})();
