package io.algomoex.backtest.adapter.in.web;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The report pages a trader opens in a browser. Each is a static page whose script reads the id from the address and
 * fetches the JSON API, so an unknown id is reported on the page itself, from the API's 404. Charts are drawn with
 * ECharts from the WebJar, so the pages need no internet access.
 */
@Controller
class ReportPageController {

    private static final ResponseEntity<Resource> BACKTEST = page("backtest.html");
    private static final ResponseEntity<Resource> SWEEP = page("sweep.html");
    private static final ResponseEntity<Resource> WALK_FORWARD = page("walk-forward.html");

    @GetMapping("/backtests/{id}")
    ResponseEntity<Resource> backtest(@PathVariable String id) {
        return BACKTEST;
    }

    @GetMapping("/sweeps/{id}")
    ResponseEntity<Resource> sweep(@PathVariable String id) {
        return SWEEP;
    }

    @GetMapping("/walk-forward/{id}")
    ResponseEntity<Resource> walkForward(@PathVariable String id) {
        return WALK_FORWARD;
    }

    private static ResponseEntity<Resource> page(String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache())
                .body(new ClassPathResource("static/reports/" + name));
    }
}
