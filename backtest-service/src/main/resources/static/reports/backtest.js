import {
    AXIS_LABEL,
    api,
    chartIn,
    fetchJson,
    fillCards,
    fillPairs,
    fillTable,
    formatNumber,
    formatTime,
    metricRows,
    showPage,
    signClass,
} from './report.js';

const UP = '#15803d';
const DOWN = '#b91c1c';

async function show(id) {
    const [report, chart] = await Promise.all([
        fetchJson(api(`backtests/${encodeURIComponent(id)}`)),
        fetchJson(api(`backtests/${encodeURIComponent(id)}/chart`)),
    ]);
    render(id, report, chart);
}

function render(id, report, chart) {
    const request = report.request;
    const instrument = `${request.secid}:${request.board}`;
    document.title = `${instrument} ${request.timeframe} SMA ${chart.fast}/${chart.slow} · backtest`;
    document.getElementById('title').textContent =
        `${instrument} ${request.timeframe} · SMA ${chart.fast}/${chart.slow}`;
    document.getElementById('subtitle').textContent =
        `${request.from} – ${request.till} · ${report.bars} bars · run ${id} · stored ${formatTime(report.createdAt)} MSK`;
    renderCards(report);
    const labels = chart.bars.map((bar) => formatTime(bar.time));
    const charts = [drawPrice(chart, labels, instrument)];
    const csv = document.getElementById('csv');
    if (chart.equity) {
        csv.href = api(`backtests/${encodeURIComponent(id)}/equity.csv`);
        csv.hidden = false;
        charts.push(drawEquity(chart.equity), drawDrawdown(chart.drawdown));
    } else {
        document.getElementById('equity-missing').hidden = false;
        document.getElementById('equity-chart').hidden = true;
        document.getElementById('drawdown-chart').closest('section').hidden = true;
    }
    echarts.connect(charts);
    fillPairs(document.getElementById('metrics'), [
        ['Final value, RUB', formatNumber(report.finalValue)],
        ['Final cash, RUB', formatNumber(report.finalCash)],
        ['Final position, units', formatNumber(report.finalPosition, 0)],
        ...metricRows(report.metrics),
    ]);
    fillPairs(document.getElementById('request'), [
        ['Instrument', instrument],
        ['Timeframe', request.timeframe],
        ['Range', `${request.from} – ${request.till}`],
        ['Strategy', `${request.strategy} fast ${request.params.fast}, slow ${request.params.slow}`],
        ['Starting cash, RUB', formatNumber(request.cash)],
        ['Commission', `${formatNumber(request.commission * 100, 3)} %`],
        ['Size', request.lotSize ? `${request.size} lots of ${request.lotSize}` : `${request.size} units`],
        ['Fill', request.fill],
        ['Slippage, bps', formatNumber(request.slippageBps, 1)],
        ['Orders', `${report.orders.length}`],
    ], ['Setting', 'Value']);
    renderTrades(report.trades);
}

function renderCards(report) {
    const metrics = report.metrics;
    const cards = [
        ['Final value, RUB', formatNumber(report.finalValue), signClass(report.finalValue - report.request.cash)],
        ['Total return', `${formatNumber(metrics.totalReturnPercent)} %`, signClass(metrics.totalReturnPercent)],
        ['Sharpe ratio', formatNumber(metrics.sharpe, 3), ''],
        ['Max drawdown', `${formatNumber(metrics.maxDrawdownPercent)} %`, ''],
        ['Trades', formatNumber(metrics.trades, 0), ''],
        ['Win rate', `${formatNumber(metrics.winRatePercent, 1)} %`, ''],
    ];
    fillCards(document.getElementById('cards'), cards);
}

function drawPrice(chart, labels, instrument) {
    const markers = (side) =>
        chart.markers.filter((marker) => marker.side === side).map((marker) => [formatTime(marker.time), marker.price]);
    const instance = chartIn(document.getElementById('price-chart'), chart.bars.length);
    instance.setOption({
        animation: false,
        legend: { top: 0 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'cross' } },
        grid: { left: 70, right: 24, top: 36, bottom: 70 },
        xAxis: { type: 'category', data: labels, axisLabel: AXIS_LABEL },
        yAxis: { type: 'value', scale: true, axisLabel: AXIS_LABEL },
        dataZoom: [{ type: 'inside' }, { type: 'slider', bottom: 12 }],
        series: [
            {
                name: instrument,
                type: 'candlestick',
                data: chart.bars.map((bar) => [bar.open, bar.close, bar.low, bar.high]),
                itemStyle: { color: UP, color0: DOWN, borderColor: UP, borderColor0: DOWN },
            },
            smaLine(`SMA ${chart.fast}`, chart.smaFast, '#f59e0b'),
            smaLine(`SMA ${chart.slow}`, chart.smaSlow, '#7c3aed'),
            fills('Buys', markers('BUY'), UP, 0),
            fills('Sells', markers('SELL'), DOWN, 180),
        ],
    });
    return instance;
}

function smaLine(name, values, color) {
    return { name, type: 'line', data: values, showSymbol: false, color, lineStyle: { width: 1.5 } };
}

function fills(name, data, color, rotate) {
    return {
        name,
        type: 'scatter',
        data,
        symbol: 'triangle',
        symbolRotate: rotate,
        symbolSize: 12,
        color,
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        z: 5,
    };
}

function drawEquity(equity) {
    const instance = chartIn(document.getElementById('equity-chart'), equity.length);
    instance.setOption({
        animation: false,
        tooltip: { trigger: 'axis', valueFormatter: (value) => formatNumber(value) },
        grid: { left: 90, right: 24, top: 16, bottom: 30 },
        xAxis: { type: 'category', data: equity.map((point) => formatTime(point.time)), axisLabel: AXIS_LABEL },
        yAxis: { type: 'value', scale: true, axisLabel: AXIS_LABEL },
        dataZoom: [{ type: 'inside' }],
        series: [
            {
                name: 'Equity, RUB',
                type: 'line',
                data: equity.map((point) => point.value),
                showSymbol: false,
                color: '#2563eb',
                areaStyle: { opacity: 0.08 },
            },
        ],
    });
    return instance;
}

function drawDrawdown(drawdown) {
    const instance = chartIn(document.getElementById('drawdown-chart'), drawdown.length);
    instance.setOption({
        animation: false,
        tooltip: { trigger: 'axis', valueFormatter: (value) => `${formatNumber(value)} %` },
        grid: { left: 90, right: 24, top: 12, bottom: 30 },
        xAxis: { type: 'category', data: drawdown.map((point) => formatTime(point.time)), axisLabel: AXIS_LABEL },
        yAxis: { type: 'value', axisLabel: { ...AXIS_LABEL, formatter: '{value} %' } },
        dataZoom: [{ type: 'inside' }],
        series: [
            {
                name: 'Drawdown',
                type: 'line',
                // Shown below zero: an underwater plot of how far the account is under its running peak.
                data: drawdown.map((point) => -100 * point.value),
                showSymbol: false,
                color: DOWN,
                areaStyle: { opacity: 0.2 },
            },
        ],
    });
    return instance;
}

function renderTrades(trades) {
    document.getElementById('trades-title').textContent = `Trades (${trades.length})`;
    fillTable(
        document.getElementById('trades'),
        [
            { label: '#', value: (trade) => `${trade.index}`, number: true },
            { label: 'Entry (MSK)', value: (trade) => formatTime(trade.entryTime) },
            { label: 'Entry price', value: (trade) => formatNumber(trade.entryPrice), number: true },
            { label: 'Exit (MSK)', value: (trade) => formatTime(trade.exitTime) },
            { label: 'Exit price', value: (trade) => formatNumber(trade.exitPrice), number: true },
            { label: 'Size', value: (trade) => formatNumber(trade.size, 0), number: true },
            { label: 'Bars held', value: (trade) => `${trade.barsHeld}`, number: true },
            { label: 'Gross P&L, RUB', value: (trade) => formatNumber(trade.grossProfit), number: true },
            {
                label: 'Net P&L, RUB',
                value: (trade) => formatNumber(trade.netProfit),
                number: true,
                className: (trade) => signClass(trade.netProfit),
            },
        ],
        trades.map((trade, index) => ({ ...trade, index: index + 1 })),
    );
}

showPage('Backtest run', show);
