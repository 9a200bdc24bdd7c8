/** What `liveavatar-client/validate` may add to a call at p50 on the bench's mocked fetch (issue 22). */
export const VALIDATION_BUDGET_US = 20;
