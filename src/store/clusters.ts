/**
 * Event clusters in SQL: within one cluster key, events ordered by date chain into one cluster while
 * each is within a day of the one before. A row starts a cluster when it is its key's first, or dated
 * more than a day after the previous date. Undated events of one key form one cluster. Computed when
 * asked, so the answer never depends on the order articles were stored in.
 */
export const CLUSTER_STARTS = `
  SELECT e.*, CASE WHEN rn = 1 OR (date_start IS NOT NULL AND (prev IS NULL OR julianday(date_start) - julianday(prev) > 1)) THEN 1 ELSE 0 END AS starts
  FROM (SELECT id, article, cluster_key, date_start, date_end,
               LAG(date_start) OVER w AS prev, ROW_NUMBER() OVER w AS rn
        FROM events WINDOW w AS (PARTITION BY cluster_key ORDER BY date_start, id)) e`;
