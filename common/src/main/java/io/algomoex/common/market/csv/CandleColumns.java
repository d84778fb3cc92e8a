package io.algomoex.common.market.csv;

import io.algomoex.common.market.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The candles of a file held as columns of numbers: about 70 bytes a candle instead of the 300 or so that candle
 * objects with their prices, times and wrappers take. A file of a million candles is then read without filling the
 * heap, and the garbage collector has little to copy while it is read. Each {@link #get} builds its {@link CsvCandle}
 * afresh, equal to the one that was added. A price is kept as the digits and scale of its decimal, exactly; one whose
 * digits do not fit a {@code long} keeps its {@link BigDecimal}. Immutable once built.
 */
public final class CandleColumns extends AbstractList<CsvCandle> implements RandomAccess {

    private static final int OPEN = 0;
    private static final int HIGH = 1;
    private static final int LOW = 2;
    private static final int CLOSE = 3;
    // A scale no decimal here has: the price is in the column's BigDecimals.
    private static final byte BIG = Byte.MIN_VALUE;
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };
    // Below this every long is exactly a double.
    private static final long EXACT_DOUBLE = 1L << 53;

    private int size;
    private int[] line;
    private long[] writtenSecond;
    private long[] beginSecond;
    // Fractions of a second are rare: the arrays exist once one is added.
    private int[] writtenNano;
    private int[] beginNano;
    private final long[][] digits = new long[4][];
    private final byte[][] scale = new byte[4][];
    private final BigDecimal[][] big = new BigDecimal[4][];
    private long[] volume;
    private BigDecimal[] value;

    CandleColumns(int capacity) {
        int initial = Math.max(16, capacity);
        line = new int[initial];
        writtenSecond = new long[initial];
        beginSecond = new long[initial];
        for (int p = OPEN; p <= CLOSE; p++) {
            digits[p] = new long[initial];
            scale[p] = new byte[initial];
        }
        volume = new long[initial];
    }

    /** The candles as columns, in the same order. */
    public static CandleColumns of(List<CsvCandle> candles) {
        CandleColumns columns = new CandleColumns(candles.size());
        for (CsvCandle candle : candles) {
            columns.add(
                    candle.line(),
                    candle.writtenTime(),
                    candle.begin(),
                    new Price[] {candle.open(), candle.high(), candle.low(), candle.close()},
                    candle.volume(),
                    candle.value());
        }
        return columns;
    }

    /** Adds a candle at the end. */
    void add(int lineNumber, LocalDateTime written, Instant begin, Price[] prices, long units, BigDecimal turnover) {
        if (size == line.length) {
            grow();
        }
        int i = size++;
        line[i] = lineNumber;
        writtenSecond[i] = written.toEpochSecond(ZoneOffset.UTC);
        beginSecond[i] = begin.getEpochSecond();
        if (written.getNano() != 0 || begin.getNano() != 0) {
            nanosAt(i, written.getNano(), begin.getNano());
        }
        for (int p = OPEN; p <= CLOSE; p++) {
            putPrice(p, i, prices[p].value());
        }
        volume[i] = units;
        if (turnover != null) {
            if (value == null) {
                value = new BigDecimal[line.length];
            }
            value[i] = turnover;
        }
    }

    /** The candles at {@code indexes}, in that order. */
    CandleColumns select(int[] indexes) {
        CandleColumns selected = new CandleColumns(indexes.length);
        for (int index : indexes) {
            selected.addCopyOf(this, index);
        }
        return selected;
    }

    @Override
    public CsvCandle get(int index) {
        checkIndex(index);
        return new CsvCandle(
                line[index],
                LocalDateTime.ofEpochSecond(
                        writtenSecond[index], writtenNano == null ? 0 : writtenNano[index], ZoneOffset.UTC),
                beginAt(index),
                Price.of(price(OPEN, index)),
                Price.of(price(HIGH, index)),
                Price.of(price(LOW, index)),
                Price.of(price(CLOSE, index)),
                volume[index],
                value == null ? null : value[index]);
    }

    @Override
    public int size() {
        return size;
    }

    /** Compares the starts of candles {@code a} and {@code b}. */
    int compareBegins(int a, int b) {
        int bySecond = Long.compare(beginSecond[a], beginSecond[b]);
        return bySecond != 0 || beginNano == null ? bySecond : Integer.compare(beginNano[a], beginNano[b]);
    }

    /** The start of candle {@code index}. */
    public Instant begin(int index) {
        checkIndex(index);
        return beginAt(index);
    }

    /** The start of candle {@code index} in whole seconds since the epoch (fractions dropped). */
    public long beginEpochSecond(int index) {
        checkIndex(index);
        return beginSecond[index];
    }

    /** The open of candle {@code index} as the nearest {@code double}, as {@link BigDecimal#doubleValue} gives it. */
    public double open(int index) {
        return nearestDouble(OPEN, index);
    }

    /** The high as the nearest {@code double}. */
    public double high(int index) {
        return nearestDouble(HIGH, index);
    }

    /** The low as the nearest {@code double}. */
    public double low(int index) {
        return nearestDouble(LOW, index);
    }

    /** The close as the nearest {@code double}. */
    public double close(int index) {
        return nearestDouble(CLOSE, index);
    }

    /** The volume of candle {@code index}. */
    public long volume(int index) {
        checkIndex(index);
        return volume[index];
    }

    private double nearestDouble(int column, int index) {
        checkIndex(index);
        long units = digits[column][index];
        int places = scale[column][index];
        // Both operands exact, so the one IEEE division or multiplication rounds the decimal to nearest, as
        // BigDecimal.doubleValue does.
        if (places != BIG && Math.abs(units) < EXACT_DOUBLE) {
            if (places >= 0 && places < POWERS_OF_TEN.length) {
                return units / POWERS_OF_TEN[places];
            }
            if (places < 0
                    && -places < POWERS_OF_TEN.length
                    && Math.abs(units) * POWERS_OF_TEN[-places] < EXACT_DOUBLE) {
                return units * POWERS_OF_TEN[-places];
            }
        }
        return price(column, index).doubleValue();
    }

    private BigDecimal price(int column, int index) {
        byte places = scale[column][index];
        return places == BIG ? big[column][index] : BigDecimal.valueOf(digits[column][index], places);
    }

    private void putPrice(int column, int index, BigDecimal price) {
        int places = price.scale();
        if (places > BIG && places <= Byte.MAX_VALUE && price.precision() <= 18) {
            digits[column][index] = price.unscaledValue().longValue();
            scale[column][index] = (byte) places;
            return;
        }
        if (big[column] == null) {
            big[column] = new BigDecimal[line.length];
        }
        big[column][index] = price;
        scale[column][index] = BIG;
    }

    private void nanosAt(int index, int written, int begin) {
        if (writtenNano == null) {
            writtenNano = new int[line.length];
            beginNano = new int[line.length];
        }
        writtenNano[index] = written;
        beginNano[index] = begin;
    }

    private Instant beginAt(int index) {
        return Instant.ofEpochSecond(beginSecond[index], beginNano == null ? 0 : beginNano[index]);
    }

    private void addCopyOf(CandleColumns from, int index) {
        if (size == line.length) {
            grow();
        }
        int i = size++;
        line[i] = from.line[index];
        writtenSecond[i] = from.writtenSecond[index];
        beginSecond[i] = from.beginSecond[index];
        if (from.writtenNano != null) {
            nanosAt(i, from.writtenNano[index], from.beginNano[index]);
        }
        for (int p = OPEN; p <= CLOSE; p++) {
            digits[p][i] = from.digits[p][index];
            scale[p][i] = from.scale[p][index];
            if (scale[p][i] == BIG) {
                if (big[p] == null) {
                    big[p] = new BigDecimal[line.length];
                }
                big[p][i] = from.big[p][index];
            }
        }
        volume[i] = from.volume[index];
        if (from.value != null && from.value[index] != null) {
            if (value == null) {
                value = new BigDecimal[line.length];
            }
            value[i] = from.value[index];
        }
    }

    private void grow() {
        int capacity = line.length * 2;
        line = Arrays.copyOf(line, capacity);
        writtenSecond = Arrays.copyOf(writtenSecond, capacity);
        beginSecond = Arrays.copyOf(beginSecond, capacity);
        if (writtenNano != null) {
            writtenNano = Arrays.copyOf(writtenNano, capacity);
            beginNano = Arrays.copyOf(beginNano, capacity);
        }
        for (int p = OPEN; p <= CLOSE; p++) {
            digits[p] = Arrays.copyOf(digits[p], capacity);
            scale[p] = Arrays.copyOf(scale[p], capacity);
            if (big[p] != null) {
                big[p] = Arrays.copyOf(big[p], capacity);
            }
        }
        volume = Arrays.copyOf(volume, capacity);
        if (value != null) {
            value = Arrays.copyOf(value, capacity);
        }
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("candle " + index + " of " + size);
        }
    }
}
