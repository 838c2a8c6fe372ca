// Escalation: when Homeostat cannot fix an incident, people hear about it once, on the right
// channel, with the diagnosis and what was tried, and again if nobody answers.
export { headline, type ActionTried, type Channel, type ChannelName, type Page } from './page.ts';
export { PagerDutyChannel, PAGERDUTY_TARGET, dedupKey, triggerEvent, type ChannelDeps, type PagerDutyOptions } from './pagerduty.ts';
export { SlackChannel, SLACK_TARGET, slackMessage, mrkdwn, type SlackMessage, type SlackOptions } from './slack.ts';
export { EmailChannel, EMAIL_TARGET, emailMessage, type EmailOptions } from './email.ts';
export { EscalationStage, dedupKeyOf, type Escalation, type EscalationDeps, type EscalationStageOptions, type EscalationStatus } from './stage.ts';
export { defaultRules, evaluate, SYSTEM_IMPACT_THRESHOLD, SYSTEM_IMPACT_TIMEOUT_MS, type EscalationRule, type IncidentFacts, type PolicySettings, type RuleCondition, type RuleMatch } from './policy.ts';
export { signPagerDutyBody, verifyPagerDutySignature } from './webhook.ts';
export { channelProblem, codeFixStageOptions, configuredChannels, escalationStageOptions, type CodegenOptions, type EscalationOptions } from './from-options.ts';
export { CodeFixStage, CODEGEN_TARGET, type CodeFixDeps, type CodeFixOptions } from './codefix.ts';
export { ProposalStore, type StoredProposal } from './codefix-store.ts';
export { buildFixPrompt, patternKey, stackFiles, type ErrorContext } from './codefix-prompt.ts';
export { CodegenApi, type AgentRun, type CodegenApiOptions } from './codegen-api.ts';
