package org.whatmatters.plan;

import java.time.LocalDate;
import java.util.List;

/** One change a link worker makes to a plan's content. */
public sealed interface PlanEdit {

    /** A short description for the version history and audit trail (never the person's words). */
    String describe();

    record EditItem(Section section, int index, String text) implements PlanEdit {
        public String describe() {
            return "Edited an item in " + section.title();
        }
    }

    record AddItem(Section section, String text) implements PlanEdit {
        public String describe() {
            return "Added an item to " + section.title();
        }
    }

    record RemoveItem(Section section, int index) implements PlanEdit {
        public String describe() {
            return "Removed an item from " + section.title();
        }
    }

    /** Moves an item up (-1) or down (+1). */
    record MoveItem(Section section, int index, int by) implements PlanEdit {
        public String describe() {
            return "Moved an item in " + section.title();
        }
    }

    /** The goal's actions, one per entry ("I will call the lunch club", "Link worker: send the bus pass form"). */
    record SetActions(int goalIndex, List<String> actions) implements PlanEdit {
        public String describe() {
            return "Changed the actions of a goal";
        }
    }

    /** ACCEPTED or DECLINED for a suggested community connection. */
    record Decide(int connectionIndex, String decision) implements PlanEdit {
        public String describe() {
            return "Marked a community connection " + decision.toLowerCase();
        }
    }

    record SetReviewDate(LocalDate date) implements PlanEdit {
        public String describe() {
            return "Set the review date to " + date;
        }
    }

    record SetNote(String note) implements PlanEdit {
        public String describe() {
            return "Changed the reviewer's note";
        }
    }
}
