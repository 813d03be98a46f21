package coop.pressworks.bottling.views;

import coop.pressworks.bottling.api.BottlingApi.BottlingRun;
import io.dropwizard.views.common.View;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Printable run sheet pinned to the filler at the start of every bottling run.
 * Rendered from run_sheet.ftlh (HTML output format, auto-escaped).
 */
public class RunSheetView extends View {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    private final BottlingRun run;

    public RunSheetView(BottlingRun run) {
        super("run_sheet.ftlh");
        this.run = run;
    }

    public BottlingRun getRun() {
        return run;
    }

    public String getStartedLabel() {
        return STARTED.format(run.startedAt());
    }

    public int getProgressPercent() {
        if (run.bottlesPlanned() <= 0) {
            return 0;
        }
        return Math.min(100, run.bottlesFilled() * 100 / run.bottlesPlanned());
    }
}
