/**
 * The case's own calendar. A scenario happens on fixed dates (the seizure, a laboratory report,
 * the results), so the request is dated by the case, never by the learner's calendar: a learner
 * who plays a 2026 case in another year must see, and be judged against, the case's day.
 */

interface Dated {
  case: { requestDate: string };
  restoration?: { date: string };
}

/**
 * "Today" in the case at a stage: the day the request is sent (stage 0), or for the corrected
 * request after a laboratory restoration (stage 1), the day the laboratory reported if that is
 * later.
 */
export function caseToday(s: Dated, stage: number): string {
  const first = s.case.requestDate;
  if (stage === 0 || !s.restoration) return first;
  return s.restoration.date > first ? s.restoration.date : first;
}
