package io.csplatform.journeys.template;

import io.csplatform.journeys.task.TaskAssignee;
import io.csplatform.journeys.template.JourneyDefinition.Stage;
import io.csplatform.journeys.template.JourneyDefinition.TemplateTask;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The starter journeys, by starter key: the journeys of seed 000 (onboarding, adoption, ongoing follow-up,
 * renewal, expansion) and the risk prevention journey of seed 002, organised by the reasons for churn.
 */
final class StarterContent {

    private static final TaskAssignee MAIN_ANALYST = new TaskAssignee("Analista Principal", null);

    static final Map<String, JourneyDefinition> ALL = new LinkedHashMap<>();

    static {
        ALL.put("onboarding", new JourneyDefinition("Onboarding", List.of(
                stage("Welcome",
                        task("Send welcome", "Send the welcome e-mail to {customer.name}.", 0, List.of("onboarding"), List.of()),
                        task("Kickoff meeting", "Kickoff with {customer.name}: goals, people, plan.", 7,
                                List.of("onboarding", "kickoff"), List.of("Agenda sent", "Goals agreed", "Next steps shared"))),
                stage("Set-up",
                        task("Integrations set-up", "Set up the integrations of {customer.name}.", 7,
                                List.of("onboarding", "technical"), List.of("Access granted", "Integration tested")),
                        task("Credentials delivery", "Deliver the credentials to the users of {customer.name}.", 7,
                                List.of("onboarding", "technical"), List.of())),
                stage("Training",
                        task("End-user training", "Train the end users of {customer.name}.", 21,
                                List.of("onboarding", "training"), List.of("Training scheduled", "Training held",
                                        "Materials sent"))))));
        ALL.put("adoption", new JourneyDefinition("Adoption", List.of(
                stage("Adoption",
                        task("Platform usage review", "Review how {customer.name} uses the platform.", 30,
                                List.of("adoption"), List.of("Usage indicators reviewed", "Engagement goals set"))))));
        ALL.put("ongoing-follow-up", new JourneyDefinition("Ongoing follow-up", List.of(
                stage("Follow-up",
                        task("Follow-up meeting", "Periodic follow-up with {customer.name}.", 30,
                                List.of("follow-up"), List.of())))));
        ALL.put("renewal", new JourneyDefinition("Renewal", List.of(
                stage("Renewal",
                        task("Renewal meeting", "Renewal of {customer.name}; the contract ends {contract.endDate}.", 0,
                                List.of("renewal"), List.of("Results presented", "Proposal sent"))))));
        ALL.put("expansion", new JourneyDefinition("Expansion", List.of(
                stage("Expansion",
                        task("Expansion workshop", "Workshop with {customer.name} on expansion opportunities.", 14,
                                List.of("expansion", "upsell"), List.of())))));
        ALL.put("risk-prevention", new JourneyDefinition("Risk prevention", List.of(
                stage("Product value perception",
                        task("Results delivery routine", "Share results with {customer.name}.", 7, List.of("risk", "value"),
                                List.of("Indicators sent", "Next steps aligned", "Customer cases shared"))),
                stage("Top-down decision",
                        task("Meeting with decision makers", "Results and roadmap to the C-level of {customer.name}.", 14,
                                List.of("risk", "c-level"), List.of("C-level coverage goal checked",
                                        "Results and roadmap presented"))),
                stage("Support",
                        task("Support follow-up", "Follow up SLA delays and service surveys of {customer.name}.", 7,
                                List.of("risk", "support"), List.of("SLA delay alerts reviewed", "Service surveys reviewed",
                                        "Team meeting on the most demanding customers"))),
                stage("Delinquency",
                        task("Financial health follow-up", "Follow the financial health indicators of {customer.name}.", 7,
                                List.of("risk", "billing"), List.of("Collection journey started with the CSM"))),
                stage("Lack of usage",
                        task("Product usage follow-up", "Follow product usage of {customer.name} against engagement goals.", 7,
                                List.of("risk", "usage"), List.of("Best-practice materials sent", "Technical training offered",
                                        "Webinar invitation sent"))),
                stage("Product does not evolve",
                        task("Roadmap presentation", "Roadmap delivered vs. planned for {customer.name}.", 30,
                                List.of("risk", "product"), List.of())),
                stage("Experience",
                        task("Answer NPS detractors", "Answer every detractor of {customer.name} and plan actions.", 3,
                                List.of("risk", "nps"), List.of("All detractors answered",
                                        "Action plan for the most negative topics", "All teams involved"))),
                stage("Risk ritual",
                        task("Weekly risk review", "Weekly review of {customer.name}: risk report to the leaders.", 7,
                                List.of("risk"), List.of())))));
    }

    private StarterContent() {
    }

    private static Stage stage(String name, TemplateTask... tasks) {
        return new Stage(name, List.of(tasks));
    }

    private static TemplateTask task(String title, String description, int dueInDays, List<String> labels,
                                     List<String> checklist) {
        return new TemplateTask(null, title, description, dueInDays, true, MAIN_ANALYST, labels, checklist);
    }
}
