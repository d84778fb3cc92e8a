-- Runs made through POST /api/v1/backtests keep the whole result: final cash and position next to the value.
ALTER TABLE backtest.runs ADD COLUMN final_cash numeric;
ALTER TABLE backtest.runs ADD COLUMN final_position numeric;
