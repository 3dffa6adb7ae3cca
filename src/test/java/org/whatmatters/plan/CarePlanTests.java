package org.whatmatters.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Every status change a plan allows, and every one it refuses. */
class CarePlanTests {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC);

    private static CarePlan draft() {
        return new CarePlan("p1", "c1", false, "rules", "Jo", "{}", "WEB", NOW);
    }

    private static CarePlan inStatus(PlanStatus status) {
        CarePlan plan = draft();
        switch (status) {
            case DRAFT:
                break;
            case IN_REVIEW:
                plan.take("lw", NOW);
                break;
            case APPROVED:
                plan.approve("lw", NOW);
                break;
            case RETURNED:
                plan.returnPlan("lw", NOW);
                break;
            default:
                throw new IllegalArgumentException();
        }
        assertThat(plan.status()).isEqualTo(status);
        return plan;
    }

    @Test
    void aDraftOrAPlanUnderReviewCanBeApprovedAndThenBecomesReadOnly() {
        for (PlanStatus from : new PlanStatus[] {PlanStatus.DRAFT, PlanStatus.IN_REVIEW}) {
            CarePlan plan = inStatus(from);
            plan.approve("lw", NOW);
            assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
            assertThat(plan.approvedBy()).isEqualTo("lw");
            assertThat(plan.approvedAt()).isEqualTo(NOW);
            assertThatThrownBy(() -> plan.edit("{\"x\":1}", "lw", NOW)).isInstanceOf(PlanStateException.class).hasMessageContaining("read-only");
            assertThatThrownBy(() -> plan.note("late", NOW)).isInstanceOf(PlanStateException.class);
        }
    }

    @Test
    void approvedAndReturnedPlansCannotBeApproved() {
        assertThatThrownBy(() -> inStatus(PlanStatus.APPROVED).approve("lw", NOW)).isInstanceOf(PlanStateException.class);
        assertThatThrownBy(() -> inStatus(PlanStatus.RETURNED).approve("lw", NOW)).isInstanceOf(PlanStateException.class)
                .hasMessageContaining("returned");
    }

    @Test
    void onlyADraftOrAPlanUnderReviewCanBeReturned() {
        assertThat(inStatus(PlanStatus.IN_REVIEW)).satisfies(p -> {
            p.returnPlan("lw", NOW);
            assertThat(p.status()).isEqualTo(PlanStatus.RETURNED);
        });
        assertThatThrownBy(() -> inStatus(PlanStatus.APPROVED).returnPlan("lw", NOW)).isInstanceOf(PlanStateException.class);
        assertThatThrownBy(() -> inStatus(PlanStatus.RETURNED).returnPlan("lw", NOW)).isInstanceOf(PlanStateException.class);
    }

    @Test
    void takingAssignsThePlanAndBringsAReturnedPlanBackToReview() {
        CarePlan plan = inStatus(PlanStatus.RETURNED);
        assertThatThrownBy(() -> plan.edit("{}", "lw", NOW)).isInstanceOf(PlanStateException.class).hasMessageContaining("Take it");
        plan.take("amy", NOW);
        assertThat(plan.status()).isEqualTo(PlanStatus.IN_REVIEW);
        assertThat(plan.assignedTo()).isEqualTo("amy");
        assertThatThrownBy(() -> inStatus(PlanStatus.APPROVED).take("amy", NOW)).isInstanceOf(PlanStateException.class)
                .hasMessageContaining("new version");
    }

    @Test
    void anApprovedPlanChangesOnlyThroughANewVersion() {
        CarePlan plan = inStatus(PlanStatus.APPROVED);
        int approvedVersion = plan.version();
        plan.newVersion("amy", NOW);
        assertThat(plan.status()).isEqualTo(PlanStatus.IN_REVIEW);
        assertThat(plan.version()).isGreaterThan(approvedVersion);
        assertThat(plan.approvedAt()).isNull();
        plan.edit("{\"changed\":true}", "amy", NOW);
        assertThat(plan.document()).contains("changed");
        for (PlanStatus other : new PlanStatus[] {PlanStatus.DRAFT, PlanStatus.IN_REVIEW, PlanStatus.RETURNED}) {
            assertThatThrownBy(() -> inStatus(other).newVersion("amy", NOW)).isInstanceOf(PlanStateException.class);
        }
    }

    @Test
    void editingADraftPutsItUnderReviewAndEveryChangeCountsAVersion() {
        CarePlan plan = draft();
        assertThat(plan.version()).isEqualTo(1);
        plan.edit("{\"a\":1}", "lw", NOW);
        assertThat(plan.status()).isEqualTo(PlanStatus.IN_REVIEW);
        assertThat(plan.assignedTo()).isEqualTo("lw");
        assertThat(plan.version()).isEqualTo(2);
        assertThatThrownBy(() -> plan.requireVersion(1)).isInstanceOf(PlanChangedException.class).hasMessageContaining("version 2");
        plan.requireVersion(2);
    }
}
