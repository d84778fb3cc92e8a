package io.algomoex.collector.adapter.out.finam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.algomoex.common.market.Timeframe;
import java.time.LocalDate;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class FinamExportRequestTest {

    @Test
    void buildsTheExportUrlWithZeroBasedMonthsAsTheFormDoes() {
        // The saved Finam form pairs from=24.04.2019 with mf=3.
        HttpUrl url = FinamExportRequest.url(
                // Only the URL is built; nothing is requested. The real host is algo.collector.finam.base-url.
                "http://127.0.0.1:1",
                "GAZP",
                16842,
                1,
                Timeframe.H1,
                LocalDate.parse("2019-04-24"),
                LocalDate.parse("2019-05-01"));

        assertThat(url.encodedPath()).isEqualTo("/GAZP_190424_190501.csv");
        assertThat(url.queryParameter("df")).isEqualTo("24");
        assertThat(url.queryParameter("mf")).isEqualTo("3");
        assertThat(url.queryParameter("yf")).isEqualTo("2019");
        assertThat(url.queryParameter("from")).isEqualTo("24.04.2019");
        assertThat(url.queryParameter("mt")).isEqualTo("4");
        assertThat(url.queryParameter("to")).isEqualTo("01.05.2019");
        assertThat(url.queryParameter("p")).isEqualTo("7");
        assertThat(url.queryParameter("em")).isEqualTo("16842");
        assertThat(url.queryParameter("market")).isEqualTo("1");
    }

    @Test
    void mapsTimeframesToFinamPeriods() {
        assertThat(FinamExportRequest.period(Timeframe.M1)).isEqualTo(2);
        assertThat(FinamExportRequest.period(Timeframe.M5)).isEqualTo(3);
        assertThat(FinamExportRequest.period(Timeframe.D1)).isEqualTo(8);
        assertThat(FinamExportRequest.period(Timeframe.MO1)).isEqualTo(10);
        assertThatThrownBy(() -> FinamExportRequest.period(Timeframe.Q1)).hasMessageContaining("quarterly");
    }
}
