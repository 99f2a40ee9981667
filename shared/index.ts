/**
 * The core's one public entry. miro-app/ and extension/ import from here only.
 * Explicit named exports (no `export *`), grouped by module; each module's owner keeps its group.
 */

export { catalogueTitle, type TitleOf } from './catalogue/catalogue-title.ts';
// decide
export { decideMessages } from './decide/decide-messages.ts';
export {
  ambiguityMargin,
  type DecisionCandidate,
  type DecisionOutcome,
  type DecisionResult,
  type DecisionStep,
  decideNetworkType,
  listDecisionQuestions,
  type QuestionListing,
  tieBreakOrder,
} from './decide/decide-network-type.ts';
export {
  type DecisionOption,
  type DecisionQuestion,
  decisionQuestions,
} from './decide/decision-questions.ts';
export {
  type NetworkType,
  type NetworkTypeField,
  type NetworkTypeInfo,
  networkTypeFieldLabels,
  networkTypeFields,
  networkTypeIds,
  networkTypes,
} from './decide/network-types.ts';
export {
  decodeExcalidrawScene,
  type ExcalidrawDecodeOutcome,
  maxExcalidrawElements,
} from './excalidraw/decode-excalidraw-scene.ts';
// excalidraw
export {
  defaultExcalidrawBoardId,
  type EncodeExcalidrawOptions,
  type ExcalidrawFile,
  encodeExcalidrawScene,
} from './excalidraw/encode-excalidraw-scene.ts';
export { excalidrawMessages } from './excalidraw/excalidraw-messages.ts';
export type { ExcalidrawElement, ExcalidrawScene, NetverkCustomData } from './excalidraw/excalidraw-scene.ts';
export { isExcalidrawScene } from './excalidraw/is-excalidraw-scene.ts';
export {
  type BoardFileOutcome,
  maxBoardFileChars,
  maxBoardFileDepth,
  parseBoardFileText,
  readBoardFile,
} from './excalidraw/parse-board-file-text.ts';
export { assessDots, type DotAssessment, type DotScore, sharePercent } from './harvest/assess-dots.ts';
// harvest
export {
  type BoardReading,
  boardReadingSchema,
  boardReadingVersion,
  type ReadingItem,
  type ReadingItemKind,
  readingItemSchema,
} from './harvest/board-reading.ts';
export {
  type GeneratedBoard,
  type GeneratedSessionRecord,
  generatedBoardSchema,
  sessionNameMax,
} from './harvest/generated-board.ts';
export { harvestMessages } from './harvest/harvest-messages.ts';
export { harvestBoardReading, harvestReading } from './harvest/harvest-reading.ts';
export type {
  HarvestBoard,
  HarvestError,
  HarvestNote,
  HarvestOutcome,
  HarvestResult,
  HarvestZone,
  SkippedItem,
} from './harvest/harvest-result.ts';
export { isDotItem } from './harvest/is-dot-item.ts';
export {
  type MinutesDocument,
  type MinutesOptions,
  type MinutesPart,
  minutesDocument,
} from './harvest/minutes-parts.ts';
export { planVoteZones, planZoneMinutes, planZoneTitles } from './harvest/plan-zone-records.ts';
export { renderDotChartSvg, renderDotChartsSvg } from './harvest/render-dot-chart-svg.ts';
export { csvSeparators, renderHarvestCsv } from './harvest/render-harvest-csv.ts';
export { harvestJsonVersion, renderHarvestJson } from './harvest/render-harvest-json.ts';
export { type HarvestExportOptions, renderHarvestMarkdown } from './harvest/render-harvest-markdown.ts';
export { renderHarvestMinutes } from './harvest/render-harvest-minutes.ts';
export { renderMinutesHtml } from './harvest/render-minutes-html.ts';
export { renderMinutesText } from './harvest/render-minutes-text.ts';
export { type ReadingRestoreOutcome, restoreBoardReading } from './harvest/restore-board-reading.ts';
export { checkCatalogParity } from './i18n/check-catalog-parity.ts';
export {
  createTranslator,
  defineMessages,
  formatMessage,
  type MessageCatalog,
  type Params,
  placeholdersOf,
  type Translate,
} from './i18n/define-messages.ts';
export { jsonPath } from './i18n/json-path.ts';
// i18n
export { isLocale, type Locale, locales, parseLocale } from './i18n/locale.ts';
export { type Localized, pickText } from './i18n/localized.ts';
export { safeParseLocalized, type ValidationError } from './i18n/safe-parse-localized.ts';
// meeting
export { type AgendaItemDefinition, type AgendaItemId, agendaItems } from './meeting/agenda-items.ts';
export { type CheckMeetingOptions, checkMeeting } from './meeting/check-meeting.ts';
export {
  type Agenda,
  type AgendaItem,
  type AgendaOptions,
  createAgenda,
  defaultMeetingMinutes,
} from './meeting/create-agenda.ts';
export { createIcs, IcsError, type IcsErrorCode, type IcsOptions } from './meeting/create-ics.ts';
export { isNetworkMeeting, networkMeetingKeywords } from './meeting/is-network-meeting.ts';
export { isWorkshop, workshopKeywords } from './meeting/is-workshop.ts';
export {
  type MeetingDraft,
  type MeetingPrompt,
  meetingDraftSchema,
  type PromptFix,
  type PromptSeverity,
} from './meeting/meeting-draft.ts';
export { formatIsoInOffset, parseMeetingTime } from './meeting/meeting-time.ts';
export {
  type ParsedMeetingDraft,
  parseMeetingDraft,
  type ValidMeetingDraft,
} from './meeting/parse-meeting-draft.ts';
export { type PresentationRound, presentationRound } from './meeting/presentation-round.ts';
export { renderAgendaMarkdown, renderAgendaText } from './meeting/render-agenda.ts';
export { meetingRuleIds, meetingRuleTitle } from './meeting/rules/meeting-rules.ts';
export { checkSessionRefs, type SessionRefIssue } from './packs/check-session-refs.ts';
export {
  type RestoreSessionOutcome,
  restoreSession,
} from './packs/restore-session.ts';
export {
  parseTemplatePackJson,
  type RestoreOutcome,
  restoreTemplatePack,
} from './packs/restore-template-pack.ts';
export { type TemplatePack, templatePackSchema } from './packs/template-pack-schema.ts';
export {
  type BoardPlan,
  boardPlanVersion,
  type FrameItem,
  type LayoutOptions,
  layoutLimits,
  maxPlanTextLength,
  type PlanConnector,
  type PlanItem,
  type PlanItemKind,
  type PlanMeta,
  type PlanRole,
  type ShapeItem,
  type StickyItem,
  type TextItem,
} from './plan/board-plan.ts';
export { boardPlanSchema, maxImportedPlanItems } from './plan/board-plan-schema.ts';
// plan
export { estimateTextBox, type TextBox, textMetrics } from './plan/estimate-text-box.ts';
export type { LayoutErrorField } from './plan/layout-error.ts';
export { type LayoutPackOptions, layoutPack } from './plan/layout-pack.ts';
export {
  layoutSummary,
  type SummaryInput,
  type SummarySection,
  sectionText,
} from './plan/layout-summary.ts';
export { LayoutError, layoutTemplate } from './plan/layout-template.ts';
export { planSpace } from './plan/plan-style.ts';
export { planZonePersonal } from './plan/plan-zone-personal.ts';
export { minLegibleFontMm, type Paper, type PrintScale, printScale } from './plan/print-scale.ts';
export { type RenderPlanSvgOptions, renderPlanSvg } from './plan/render-plan-svg.ts';
export {
  maxPlanFileBytes,
  parseBoardPlanJson,
  type RestorePlanOutcome,
  restoreBoardPlan,
} from './plan/restore-board-plan.ts';
export {
  draftFieldNotes,
  maxDraftNotesPerZone,
  themeDraftFileSchema,
  themeDraftFormat,
  themeDraftPlan,
} from './plan/theme-draft-plan.ts';
// sessions
export { builtInSessions, findSession } from './sessions/catalogue/built-in-sessions.ts';
export { type LayoutSessionOptions, layoutRunningOrder, layoutSession } from './sessions/layout-session.ts';
export {
  defaultParticipants,
  defaultSessionMinutes,
  type PreparedSession,
  prepareSession,
  type SessionProblem,
  type SessionProblemCode,
  type SessionRequest,
  usualGroup,
} from './sessions/prepare-session.ts';
export {
  defaultWorkshopSessionId,
  proposeSession,
  sessionTitleKeywords,
} from './sessions/propose-session.ts';
export { renderRunningOrderMarkdown, renderRunningOrderText } from './sessions/render-running-order.ts';
export { type EventTime, type EventTimeProblem, resolveEventTime } from './sessions/resolve-event-time.ts';
export { type BlockMinimum, minutesTaken, retimeRemaining, retimeStep } from './sessions/retime-remaining.ts';
export type { RunningOrder, RunningOrderEntry, ShortenAdvice } from './sessions/running-order.ts';
export { SessionError, type SessionErrorField } from './sessions/session-error.ts';
export { type SessionMessageKey, sessionMessages } from './sessions/session-messages.ts';
export {
  type ActivityBlock,
  type ActivityKind,
  activityKinds,
  type GroupSplit,
  type Session,
  type SessionBlock,
  sessionLimits,
  sessionSchema,
  sessionSchemaVersion,
  type TemplateBlock,
} from './sessions/session-schema.ts';
export { type GroupSplitResult, splitGroups } from './sessions/split-groups.ts';
export { type TimeSessionOptions, timeSession } from './sessions/time-session.ts';
// templates
export { builtInTemplates, findTemplate } from './templates/catalogue/built-in-templates.ts';
// One template on its own, for a page that must not load the whole catalogue first (the popup's canvas).
export { themeCanvas } from './templates/catalogue/theme-canvas.ts';
export { type StickyColor, stickyColorHex, stickyColors } from './templates/sticky-colors.ts';
export {
  type Section,
  type SectionKind,
  type Template,
  templateLimits,
  templateSchema,
  templateSchemaVersion,
  type Zone,
  type ZoneMinutes,
} from './templates/template-schema.ts';
export { escapeHtmlText } from './text/escape-html-text.ts';
// text
export { escapeMarkdownLine, escapeMarkdownText } from './text/escape-markdown.ts';
export { fnv1a, fnv1aHex } from './text/fnv1a.ts';
export { safeFileName } from './text/safe-file-name.ts';
