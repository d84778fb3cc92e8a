-- The equity curve of a run: the account value at the close of every bar, next to the bar's start (UTC epoch
-- seconds). Two parallel arrays are about 16 bytes a bar before TOAST compression, a fraction of a jsonb array of
-- objects. Runs stored before this migration have no curve (both NULL).
ALTER TABLE backtest.runs ADD COLUMN equity_times bigint[];
ALTER TABLE backtest.runs ADD COLUMN equity_values double precision[];
ALTER TABLE backtest.runs ADD CONSTRAINT runs_equity_aligned CHECK (
    (equity_times IS NULL AND equity_values IS NULL)
    OR cardinality(equity_times) = cardinality(equity_values));
