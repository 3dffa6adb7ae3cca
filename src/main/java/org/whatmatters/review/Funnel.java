package org.whatmatters.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.whatmatters.conversation.FunnelRow;
import org.whatmatters.flow.Flow;
import org.whatmatters.flow.FlowRegistry;
import org.whatmatters.flow.Step;

/** For flow owners: how many conversations reach each question of a flow, per channel, so drop-off points show. */
public record Funnel(String flow, int version, String channel, long started, List<Bar> bars) {

    static final int BAR_WIDTH = 360;

    public record Bar(String stepId, String label, long conversations, int percent, int width, int y) {}

    static List<Funnel> of(List<FunnelRow> rows, FlowRegistry flows) {
        Map<String, List<FunnelRow>> groups = rows.stream()
                .collect(Collectors.groupingBy(r -> r.flowId() + "|" + r.flowVersion() + "|" + r.channel()));
        List<Funnel> funnels = new ArrayList<>();
        for (List<FunnelRow> group : groups.values()) {
            FunnelRow any = group.get(0);
            Flow flow = flows.version(any.flowId(), any.flowVersion());
            Map<String, Long> reached = group.stream().collect(Collectors.toMap(FunnelRow::stepId, FunnelRow::conversations, Long::sum));
            List<Step> questions = flow.steps().stream().filter(s -> s.isQuestion() || s.isEnd()).toList();
            long started = reached.getOrDefault(flow.first().id(), group.stream().mapToLong(FunnelRow::conversations).max().orElse(0));
            List<Bar> bars = new ArrayList<>();
            for (Step s : questions) {
                long count = reached.getOrDefault(s.id(), 0L);
                int percent = started == 0 ? 0 : (int) Math.round(100.0 * count / started);
                String label = s.label() != null ? s.label() : s.id();
                bars.add(new Bar(s.id(), label, count, percent, (int) (BAR_WIDTH * Math.min(100, percent) / 100.0), bars.size() * 28));
            }
            funnels.add(new Funnel(flow.id(), flow.version(), any.channel().toLowerCase(), started, bars));
        }
        funnels.sort(Comparator.comparing(Funnel::flow).thenComparing(Funnel::version).thenComparing(Funnel::channel));
        return funnels;
    }

    public int height() {
        return bars.size() * 28;
    }
}
