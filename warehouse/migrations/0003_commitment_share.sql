-- 0003: renewable_share pledges carry a share, not a reduction: their own column (percent of energy or electricity).
ALTER TABLE commitments ADD COLUMN share_pct DOUBLE;
