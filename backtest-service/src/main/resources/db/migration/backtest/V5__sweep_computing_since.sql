-- When the first chunk of a sweep started computing (its candles loaded): the start of its bar-combinations/s.
ALTER TABLE backtest.sweeps ADD COLUMN computing_since timestamptz;
