/**
 * One Office.js asynchronous call as a promise: Office.js answers through a callback with an
 * AsyncResult, whose `status` says whether `value` or `error` holds the answer.
 */
export function officeCall<T>(
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error?.message ?? 'Office.js call failed'));
    });
  });
}
