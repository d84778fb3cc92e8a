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
    showStatus,
    signClass,
} from './report.js';

async function show(id) {
    const run = await fetchJson(api(`walk-forward/${encodeURIComponent(id)}`));
    render(run);
    return run.status;
}

function render(run) {
    const request = run.request || {};
    const instrument = `${request.secid}:${request.board}`;
    const folds = run.folds || [];
    document.title = `${instrument} ${request.timeframe} walk-forward · ${run.status}`;
    document.getElementById('title').textContent = `Walk-forward ${instrument} ${request.timeframe}`;
    document.getElementById('subtitle').textContent =
        `${request.from} – ${request.till} · fast ${request.grid?.fast} × slow ${request.grid?.slow}` +
        ` · objective ${request.objective} · train ${request.trainBars} bars, test ${request.testBars} bars` +
        (request.anchored ? ' · anchored' : ' · rolling');
    showStatus(run, 'Walk-forward');
    const stitched = run.stitched;
    renderCards(folds, stitched);
    drawEquity(stitched?.equity);
    renderFolds(folds);
    fillPairs(document.getElementById('metrics'), [
        ['Final value, RUB', formatNumber(stitched?.finalValue)],
        ...metricRows(stitched?.metrics),
    ]);
}

function renderCards(folds, stitched) {
    const metrics = stitched?.metrics || {};
    const cards = [
        ['Folds', `${folds.length}`, ''],
        ['Final value, RUB', formatNumber(stitched?.finalValue), ''],
        ['OOS return', `${formatNumber(metrics.totalReturnPercent)} %`, signClass(metrics.totalReturnPercent)],
        ['OOS Sharpe', formatNumber(metrics.sharpe, 3), ''],
        ['OOS max drawdown', `${formatNumber(metrics.maxDrawdownPercent)} %`, ''],
        ['OOS trades', formatNumber(metrics.trades, 0), ''],
    ];
    fillCards(document.getElementById('cards'), cards);
}

function drawEquity(equity) {
    const element = document.getElementById('equity-chart');
    const missing = !equity || equity.length === 0;
    element.hidden = missing;
    document.getElementById('equity-missing').hidden = !missing;
    if (missing) {
        return;
    }
    const chart = chartIn(element, equity.length);
    chart.setOption(
        {
            animation: false,
            tooltip: { trigger: 'axis', valueFormatter: (value) => formatNumber(value) },
            grid: { left: 90, right: 24, top: 16, bottom: 60 },
            xAxis: { type: 'category', data: equity.map((point) => formatTime(point.time)), axisLabel: AXIS_LABEL },
            yAxis: { type: 'value', scale: true, axisLabel: AXIS_LABEL },
            dataZoom: [{ type: 'inside' }, { type: 'slider', bottom: 8 }],
            series: [
                {
                    name: 'Out-of-sample equity, RUB',
                    type: 'line',
                    data: equity.map((point) => point.value),
                    showSymbol: false,
                    color: '#2563eb',
                    areaStyle: { opacity: 0.08 },
                },
            ],
        },
        true,
    );
}

function renderFolds(folds) {
    document.getElementById('folds-title').textContent = `Folds (${folds.length})`;
    const metric = (side, key, digits) => (fold) => formatNumber(fold[side]?.[key], digits);
    fillTable(
        document.getElementById('folds'),
        [
            { label: '#', value: (fold) => `${fold.index}`, number: true },
            { label: 'Train', value: (fold) => `${formatTime(fold.trainFrom)} – ${formatTime(fold.trainTill)}` },
            { label: 'Test', value: (fold) => `${formatTime(fold.testFrom)} – ${formatTime(fold.testTill)}` },
            { label: 'Fast', value: (fold) => `${fold.params?.fast ?? '—'}`, number: true },
            { label: 'Slow', value: (fold) => `${fold.params?.slow ?? '—'}`, number: true },
            { label: 'IS return, %', value: metric('inSample', 'totalReturnPercent', 2), number: true },
            { label: 'IS Sharpe', value: metric('inSample', 'sharpe', 3), number: true },
            {
                label: 'OOS return, %',
                value: metric('outOfSample', 'totalReturnPercent', 2),
                number: true,
                className: (fold) => signClass(fold.outOfSample?.totalReturnPercent),
            },
            { label: 'OOS Sharpe', value: metric('outOfSample', 'sharpe', 3), number: true },
            { label: 'OOS max DD, %', value: metric('outOfSample', 'maxDrawdownPercent', 2), number: true },
            { label: 'OOS trades', value: metric('outOfSample', 'trades', 0), number: true },
        ],
        folds,
    );
}

showPage('Walk-forward', show);
