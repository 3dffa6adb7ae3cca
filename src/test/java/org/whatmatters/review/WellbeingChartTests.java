package org.whatmatters.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whatmatters.plan.PlanWorkflow.WellbeingPoint;

class WellbeingChartTests {

    private static WellbeingPoint point(int day, String flow, Integer life, Integer anxiety) {
        return new WellbeingPoint("p" + day, OffsetDateTime.of(2026, 9, day, 10, 0, 0, 0, ZoneOffset.UTC), flow, life, 6, 5, anxiety);
    }

    @Test
    void plotsEachScoreAcrossConversationsWithHigherScoresHigherUp() {
        WellbeingChart chart = WellbeingChart.of(List.of(point(1, "what-matters", 3, 8), point(20, "check-in", 7, 4)));

        WellbeingChart.Series life = chart.series().get(0);
        assertThat(life.name()).isEqualTo("Life satisfaction");
        assertThat(life.dots()).extracting(WellbeingChart.Dot::value).containsExactly(3, 7);
        assertThat(life.dots().get(1).y()).as("7 is drawn above 3").isLessThan(life.dots().get(0).y());
        assertThat(life.dots().get(1).x()).isGreaterThan(life.dots().get(0).x());
        assertThat(life.points()).isEqualTo(life.dots().get(0).x() + "," + life.dots().get(0).y() + " " + life.dots().get(1).x() + "," + life.dots().get(1).y());
        assertThat(chart.rows()).extracting(WellbeingChart.Row::flow).containsExactly("what-matters", "check-in");
        assertThat(chart.ticks()).extracting(WellbeingChart.Tick::label).containsExactly("1 September 2026", "20 September 2026");
        assertThat(chart.empty()).isFalse();
    }

    @Test
    void skippedScoresLeaveGapsAndAChartWithNoScoresIsEmpty() {
        WellbeingChart chart = WellbeingChart.of(List.of(point(1, "what-matters", null, 8)));
        assertThat(chart.series().get(0).dots()).isEmpty();
        assertThat(chart.series().get(3).dots()).hasSize(1);
        assertThat(WellbeingChart.of(List.of()).empty()).isTrue();
    }
}
