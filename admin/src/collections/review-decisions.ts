/** What the exporter may decide at the 45-day review (DOMAIN.md, reviews.decision). */
export const REVIEW_DECISIONS = ['keep_chasing', 'payment_plan', 'claim', 'agency', 'write_off'];
