/**
 * Votes are counted one way wherever replicas' states decide something: the verifier's quorum over
 * batch tokens, and the pipeline's majority over state roots at startup and in a scrub.
 */

/** The voters that voted for one value. */
export interface Group {
  value: string;
  voters: number[];
}

/**
 * Groups voters by the value they voted for, the largest group first; of groups of one size, the
 * one whose first vote came first. Voters keep the order their votes came in.
 */
export function tally(votes: Iterable<readonly [voter: number, value: string]>): Group[] {
  const groups = new Map<string, number[]>();
  for (const [voter, value] of votes) {
    const g = groups.get(value);
    if (g) g.push(voter);
    else groups.set(value, [voter]);
  }
  // Array sort is stable: groups of one size keep the order of their first votes.
  return [...groups].map(([value, voters]) => ({ value, voters })).sort((a, b) => b.voters.length - a.voters.length);
}
