-- 0007: the events listed beside an actor's commitments come in name order, so the view (and the report table
-- filled from it) gives the same rows every time: an unordered list made equal data compare unequal.
CREATE OR REPLACE VIEW report_commitments_by_actor_live AS
SELECT actor,
       count(*) AS commitments,
       min(target_year) FILTER (WHERE commitment_type = 'emissions_peak') AS peak_year,
       string_agg(
           CASE WHEN reduction_pct_min IS NULL AND reduction_pct_max IS NULL THEN 'reduction'
                WHEN reduction_pct_max IS NULL OR reduction_pct_min = reduction_pct_max
                    THEN printf('%g%%', coalesce(reduction_pct_min, reduction_pct_max))
                WHEN reduction_pct_min IS NULL THEN printf('up to %g%%', reduction_pct_max)
                ELSE printf('%g-%g%%', reduction_pct_min, reduction_pct_max) END
           || CASE WHEN base_year IS NOT NULL THEN printf(' below %d', base_year) ELSE '' END
           || CASE WHEN target_year IS NOT NULL THEN printf(' by %d', target_year) ELSE '' END,
           '; ' ORDER BY target_year NULLS LAST, reduction_pct_min
       ) FILTER (WHERE commitment_type = 'emissions_reduction') AS reduction_targets,
       min(target_year) FILTER (WHERE commitment_type = 'carbon_neutrality') AS neutrality_year,
       string_agg(printf('%g t/person', per_capita_t)
                  || CASE WHEN target_year IS NOT NULL THEN printf(' by %d', target_year) ELSE '' END,
                  '; ' ORDER BY target_year NULLS LAST) FILTER (WHERE commitment_type = 'per_capita_limit')
           AS per_capita_limits,
       string_agg(printf('%g%%', share_pct)
                  || CASE WHEN target_year IS NOT NULL THEN printf(' by %d', target_year) ELSE '' END,
                  '; ' ORDER BY target_year NULLS LAST)
           FILTER (WHERE commitment_type = 'renewable_share' AND share_pct IS NOT NULL) AS renewable_shares,
       count(*) FILTER (WHERE commitment_type = 'other') AS other_commitments,
       list(DISTINCT event_name ORDER BY event_name) FILTER (WHERE event_name IS NOT NULL) AS events
FROM report_live_commitments
GROUP BY actor
ORDER BY commitments DESC, actor;
