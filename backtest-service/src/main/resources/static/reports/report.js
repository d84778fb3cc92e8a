// Shared by the report pages: fetching the JSON API and refreshing, formatting, tables, cards and chart set-up.

const moscowTime = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Moscow',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
});

// A sweep or walk-forward page is shown again this often while the job is queued or running.
const REFRESH_MILLIS = 3000;
const UNFINISHED = ['QUEUED', 'RUNNING'];

/** Thrown when the API answers 404; the message is the problem detail. */
export class NotFound extends Error {}

/** The last path segment of the page address: the id of the run, sweep or walk-forward. */
export function pageId() {
    const segments = location.pathname.split('/').filter(Boolean);
    return decodeURIComponent(segments[segments.length - 1] || '');
}

/** An API address relative to the page, so the pages also work behind a proxy that adds a path prefix. */
export function api(path) {
    return new URL('../api/v1/' + path, location.href).toString();
}

export async function fetchJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
        let detail = `HTTP ${response.status}`;
        try {
            const problem = await response.json();
            detail = problem.detail || problem.title || detail;
        } catch (ignored) {
            // Not a problem-detail body; the status says enough.
        }
        throw response.status === 404 ? new NotFound(detail) : new Error(detail);
    }
    return response.json();
}

/** Bar times are shown in Moscow time, as MOEX quotes them; plain dates are shown as they are. */
export function formatTime(value) {
    if (value === null || value === undefined || value === '') {
        return '—';
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        return value;
    }
    return moscowTime.format(new Date(value));
}

export function formatNumber(value, digits = 2) {
    if (value === null || value === undefined || Number.isNaN(value)) {
        return '—';
    }
    return Number(value).toLocaleString('en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
    });
}

export function signClass(value) {
    if (typeof value !== 'number' || value === 0) {
        return '';
    }
    return value > 0 ? 'positive' : 'negative';
}

/** Labels and decimals of the engine's metrics, in the order the tables list them. */
export const METRICS = [
    ['totalReturnPercent', 'Total return, %', 2],
    ['cagrPercent', 'CAGR, %', 2],
    ['sharpe', 'Sharpe ratio', 3],
    ['sortino', 'Sortino ratio', 3],
    ['maxDrawdownPercent', 'Max drawdown, %', 2],
    ['maxDrawdownMoney', 'Max drawdown, RUB', 2],
    ['maxDrawdownBars', 'Longest drawdown, bars', 0],
    ['trades', 'Trades', 0],
    ['winRatePercent', 'Win rate, %', 2],
    ['profitFactor', 'Profit factor', 3],
    ['averageTrade', 'Average trade, RUB', 2],
    ['exposurePercent', 'Exposure, %', 2],
    ['commissionPaid', 'Commission paid, RUB', 2],
    ['returnOverMaxDrawdown', 'Return / max drawdown', 3],
];

/** Rows of [label, formatted value] for a metrics object; metrics the engine left out show as a dash. */
export function metricRows(metrics) {
    const known = new Set(METRICS.map(([key]) => key));
    const rows = METRICS.map(([key, label, digits]) => [label, formatNumber(metrics?.[key], digits)]);
    for (const [key, value] of Object.entries(metrics || {})) {
        if (!known.has(key)) {
            rows.push([key, formatNumber(value, 4)]);
        }
    }
    return rows;
}

/**
 * Fills a table: columns are {label, value(row) -> text, number?, className?(row)}; a row may be marked with
 * rowClass(row).
 */
export function fillTable(table, columns, rows, rowClass = () => '') {
    const head = document.createElement('thead');
    const headRow = head.insertRow();
    for (const column of columns) {
        const cell = document.createElement('th');
        cell.textContent = column.label;
        if (column.number) {
            cell.className = 'number';
        }
        headRow.appendChild(cell);
    }
    const body = document.createElement('tbody');
    for (const row of rows) {
        const tableRow = body.insertRow();
        tableRow.className = rowClass(row);
        for (const column of columns) {
            const cell = tableRow.insertCell();
            cell.textContent = column.value(row);
            const classes = [column.number ? 'number' : '', column.className ? column.className(row) : ''];
            cell.className = classes.filter(Boolean).join(' ');
        }
    }
    table.replaceChildren(head, body);
}

export function fillPairs(table, pairs, headings = ['Metric', 'Value']) {
    fillTable(
        table,
        [
            { label: headings[0], value: (row) => row[0] },
            { label: headings[1], value: (row) => row[1], number: true },
        ],
        pairs,
    );
}

/** Shows a message in place of the report and marks the page state for whoever watches it (tests included). */
export function showMessage(text, state) {
    const message = document.getElementById('message');
    message.textContent = text;
    message.classList.toggle('error', state === 'error');
    message.hidden = false;
    document.getElementById('report').hidden = true;
    document.getElementById('subtitle').textContent = '';
    for (const element of document.querySelectorAll('header .status, header progress, header .button')) {
        element.hidden = true;
    }
    document.body.dataset.state = state;
}

export function failed(error, what) {
    if (error instanceof NotFound) {
        showMessage(`${what} was not found: ${error.message.replace(/\.$/, '')}.`, 'not-found');
    } else {
        showMessage(`Could not load ${what.toLowerCase()}: ${error.message}`, 'error');
        console.warn(error);
    }
}

/**
 * Shows the page of the id in its address: show(id) fetches and renders it and returns the status of a sweep or
 * walk-forward (nothing for a backtest run, which is final once stored). While that status is unfinished the page is
 * marked running and shown again every few seconds, otherwise ready; a failure replaces the report with a message
 * about `${what} ${id}`.
 */
export async function showPage(what, show) {
    const id = pageId();
    try {
        const status = await show(id);
        const running = unfinished(status);
        document.body.dataset.state = running ? 'running' : 'ready';
        if (running) {
            setTimeout(() => showPage(what, show), REFRESH_MILLIS);
        }
    } catch (error) {
        failed(error, `${what} ${id}`);
    }
}

export function unfinished(status) {
    return UNFINISHED.includes(status);
}

/** The status badge of a sweep or walk-forward, and the error it ended with, if any. */
export function showStatus(job, what) {
    const status = document.getElementById('status');
    status.textContent = job.status;
    status.className = `status ${job.status}`;
    const error = document.getElementById('error');
    error.textContent = job.error ? `${what} ${job.status.toLowerCase()}: ${job.error}` : '';
    error.hidden = !job.error;
}

/** Fills the row of headline cards: each is [label, value, className?], the class marking the value's sign. */
export function fillCards(element, cards) {
    element.replaceChildren(
        ...cards.map(([label, value, className]) => {
            const card = document.createElement('div');
            card.className = 'card';
            const caption = document.createElement('div');
            caption.className = 'label';
            caption.textContent = label;
            const figure = document.createElement('div');
            figure.className = ['value', className].filter(Boolean).join(' ');
            figure.textContent = value;
            card.append(caption, figure);
            return card;
        }),
    );
}

/** One chart per element, kept across refreshes; SVG for ordinary sizes, canvas for very long series. */
export function chartIn(element, points = 0) {
    const existing = echarts.getInstanceByDom(element);
    if (existing) {
        return existing;
    }
    const chart = echarts.init(element, null, { renderer: points > 5000 ? 'canvas' : 'svg' });
    window.addEventListener('resize', () => chart.resize());
    return chart;
}

export const AXIS_LABEL = { color: '#616e7c' };
