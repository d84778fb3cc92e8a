import {
    AXIS_LABEL,
    api,
    chartIn,
    fetchJson,
    fillCards,
    fillTable,
    formatNumber,
    formatTime,
    showPage,
    showStatus,
    signClass,
    unfinished,
} from './report.js';

async function show(id) {
    const sweep = await fetchJson(api(`sweeps/${encodeURIComponent(id)}`));
    const results = sweep.completed > 0 ? await fetchJson(api(`sweeps/${encodeURIComponent(id)}/results`)) : [];
    render(sweep, results);
    return sweep.status;
}

function render(sweep, results) {
    const request = sweep.request || {};
    const instrument = `${request.secid}:${request.board}`;
    document.title = `${instrument} ${request.timeframe} sweep · ${sweep.status}`;
    document.getElementById('title').textContent = `Sweep ${instrument} ${request.timeframe}`;
    document.getElementById('subtitle').textContent =
        `${request.from} – ${request.till} · fast ${request.grid?.fast} × slow ${request.grid?.slow}` +
        ` · objective ${request.objective} · min trades ${request.minTrades ?? 0} · created ` +
        `${formatTime(sweep.createdAt)} MSK` +
        (sweep.finishedAt ? ` · finished ${formatTime(sweep.finishedAt)} MSK` : '');
    showStatus(sweep, 'Sweep');
    renderProgress(sweep);
    renderCards(sweep, request.objective);
    drawHeatmap(results, request.objective);
    renderTop(sweep, request.objective);
}

function renderProgress(sweep) {
    const progress = document.getElementById('progress');
    progress.value = sweep.progress ?? 0;
    progress.hidden = !unfinished(sweep.status);
    document.getElementById('progress-text').textContent =
        `${sweep.completed ?? 0} / ${sweep.combinations ?? '?'} (${formatNumber(100 * (sweep.progress ?? 0), 1)} %)`;
}

function renderCards(sweep, objective) {
    const best = sweep.best;
    const cards = [
        ['Combinations', formatNumber(sweep.combinations, 0)],
        ['Completed', formatNumber(sweep.completed, 0)],
        ['Best fast / slow', best ? `${best.params.fast} / ${best.params.slow}` : '—'],
        [`Best ${objective}`, formatNumber(best?.objective, 3)],
        ['Best final value, RUB', formatNumber(best?.finalValue)],
        ['Best trades', formatNumber(best?.trades, 0)],
    ];
    fillCards(document.getElementById('cards'), cards);
}

function drawHeatmap(results, objective) {
    const fasts = [...new Set(results.map((result) => result.params.fast))].sort((a, b) => a - b);
    const slows = [...new Set(results.map((result) => result.params.slow))].sort((a, b) => a - b);
    const fastIndex = new Map(fasts.map((fast, index) => [fast, index]));
    const slowIndex = new Map(slows.map((slow, index) => [slow, index]));
    const values = results.map((result) => result.objective).filter((value) => Number.isFinite(value));
    const cells = results.map((result) => ({
        value: [
            fastIndex.get(result.params.fast),
            slowIndex.get(result.params.slow),
            Number.isFinite(result.objective) ? result.objective : '-',
        ],
        result,
    }));
    document.getElementById('heatmap-title').textContent = `${objective} over fast × slow (${results.length} computed)`;
    const chart = chartIn(document.getElementById('heatmap-chart'), results.length);
    chart.setOption(
        {
            animation: false,
            tooltip: {
                formatter: (item) => {
                    const result = item.data.result;
                    return (
                        `fast ${result.params.fast}, slow ${result.params.slow}<br>${objective} ` +
                        `${formatNumber(result.objective, 3)}<br>trades ${result.trades}<br>final value ` +
                        `${formatNumber(result.finalValue)}`
                    );
                },
            },
            grid: { left: 60, right: 24, top: 16, bottom: 90 },
            xAxis: { type: 'category', name: 'fast', nameLocation: 'middle', nameGap: 28, data: fasts, axisLabel: AXIS_LABEL },
            yAxis: { type: 'category', name: 'slow', nameLocation: 'middle', nameGap: 40, data: slows, axisLabel: AXIS_LABEL },
            visualMap: {
                type: 'continuous',
                min: values.length ? Math.min(...values) : 0,
                max: values.length ? Math.max(...values) : 1,
                calculable: true,
                orient: 'horizontal',
                left: 'center',
                bottom: 8,
                inRange: { color: ['#b91c1c', '#fde68a', '#15803d'] },
            },
            series: [{ name: objective, type: 'heatmap', data: cells, emphasis: { itemStyle: { borderColor: '#1f2933' } } }],
        },
        true,
    );
}

function renderTop(sweep, objective) {
    const best = sweep.best;
    const metric = (key, digits) => (entry) => formatNumber(entry.metrics?.[key], digits);
    fillTable(
        document.getElementById('top'),
        [
            { label: '#', value: (entry) => `${entry.rank}`, number: true },
            { label: 'Fast', value: (entry) => `${entry.params.fast}`, number: true },
            { label: 'Slow', value: (entry) => `${entry.params.slow}`, number: true },
            { label: objective, value: (entry) => formatNumber(entry.objective, 3), number: true },
            { label: 'Trades', value: (entry) => `${entry.trades}`, number: true },
            {
                label: 'Final value, RUB',
                value: (entry) => formatNumber(entry.finalValue),
                number: true,
            },
            {
                label: 'Return, %',
                value: metric('totalReturnPercent', 2),
                number: true,
                className: (entry) => signClass(entry.metrics?.totalReturnPercent),
            },
            { label: 'Sharpe', value: metric('sharpe', 3), number: true },
            { label: 'Max DD, %', value: metric('maxDrawdownPercent', 2), number: true },
            { label: 'Win rate, %', value: metric('winRatePercent', 1), number: true },
            { label: 'Profit factor', value: metric('profitFactor', 3), number: true },
        ],
        (sweep.top || []).map((entry, index) => ({ ...entry, rank: index + 1 })),
        (entry) =>
            best && entry.params.fast === best.params.fast && entry.params.slow === best.params.slow ? 'best' : '',
    );
}

showPage('Sweep', show);
