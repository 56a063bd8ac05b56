package io.csplatform.runtime.catalog.actions;

import io.csplatform.events.payload.BoardTaskCreate;
import io.csplatform.events.payload.EmailSend;
import io.csplatform.events.payload.ExecutionStep;
import io.csplatform.events.payload.HealthScoreSet;
import io.csplatform.events.payload.JourneyTaskComplete;
import io.csplatform.events.payload.JourneyTaskCreate;
import io.csplatform.events.payload.NotifyUsers;
import io.csplatform.events.payload.OwnerAssign;
import io.csplatform.events.payload.Recipient;
import io.csplatform.events.payload.SurveySend;
import io.csplatform.events.payload.TagsChange;
import io.csplatform.runtime.catalog.TestCatalog;
import io.csplatform.runtime.evaluation.Action;
import io.csplatform.runtime.evaluation.Context;
import io.csplatform.runtime.evaluation.Facts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.csplatform.runtime.catalog.FactsBuilder.facts;
import static io.csplatform.runtime.catalog.Fixtures.context;
import static io.csplatform.runtime.catalog.Fixtures.event;
import static io.csplatform.runtime.catalog.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

/** What each action plans from the facts: the command with its recipients resolved now, or why it is skipped. */
@SuppressWarnings("unchecked")
class ActionPlansTest {

    private static final ExecutionStep STEP = new ExecutionStep(UUID.randomUUID(), 0, UUID.randomUUID(), 1);

    private static Action.Plan plan(String action, String params, Context context) {
        return TestCatalog.get().actions().get(action).plan(json(params), STEP, context);
    }

    private static Facts.Contact contact(String name, String email, boolean main, String... types) {
        return new Facts.Contact(UUID.randomUUID(), name, email, null, null, Set.of(types), main, false, true, Map.of());
    }

    @Test
    void emailMainContactGoesToTheMainContactWithTheTemplateVariablesOrIsSkippedWithTheReason() {
        var facts = facts().name("ACME").contact(contact("Ana", "ana@acme.test", true))
                .contact(contact("Bia", "bia@acme.test", false)).owner("Analista Principal", "u-1").build();
        var plan = plan("email.main-contact", "{\"subject\": \"Olá {contact.name}\", \"body\": \"b\"}", context(facts));
        var email = (EmailSend) plan.command();
        assertThat(plan.commandType().name()).isEqualTo("email.main-contact");
        assertThat(email.to()).extracting(Recipient::email).containsExactly("ana@acme.test");
        assertThat(email.source()).isEqualTo(STEP);
        assertThat((Map<String, Object>) email.variables().get("customer")).containsEntry("name", "ACME");
        assertThat((Map<String, Object>) email.variables().get("owner")).containsEntry("userId", "u-1")
                .containsEntry("type", "Analista Principal");

        assertThat(plan("email.main-contact", "{\"subject\": \"s\", \"body\": \"b\"}",
                context(facts().contact(contact("Bia", "bia@acme.test", false)).build())).skipReason())
                .isEqualTo("the customer has no main contact");
        assertThat(plan("email.main-contact", "{\"subject\": \"s\", \"body\": \"b\"}",
                context(facts().contact(contact("Ana", null, true)).build())).skipReason())
                .isEqualTo("the main contact Ana has no e-mail address");
    }

    @Test
    void emailContactTypeSendsToEveryReachableContactOfTheType() {
        var facts = facts().contact(contact("Fin 1", "f1@acme.test", false, "Financeiro"))
                .contact(contact("Fin 2", "f2@acme.test", false, "financeiro"))
                .contact(contact("Fin 3", null, false, "Financeiro"))
                .contact(contact("Tech", "t@acme.test", false, "Técnico")).build();
        var email = (EmailSend) plan("email.contact-type",
                "{\"contactType\": \"Financeiro\", \"subject\": \"s\", \"body\": \"b\"}", context(facts)).command();
        assertThat(email.to()).extracting(Recipient::email).containsExactlyInAnyOrder("f1@acme.test", "f2@acme.test");
        assertThat(plan("email.contact-type", "{\"contactType\": \"Jurídico\", \"subject\": \"s\", \"body\": \"b\"}",
                context(facts)).skipReason()).isEqualTo("the customer has no active contact of type Jurídico");
    }

    @Test
    void emailTaskContactsResolvesAddressesAndNamesOfTheTriggeringTask() {
        var ana = contact("Ana Souza", "ana@acme.test", false);
        var task = new Facts.Task(UUID.randomUUID(), false, null, null, "Onboarding", "Kickoff", Set.of(), "PENDING",
                LocalDate.parse("2026-11-01"), null, null, null, Set.of(), List.of("ana souza", "ops@partner.test", "Zé"));
        var facts = facts().contact(ana).task(task).build();
        var trigger = event("journey.task.completed", "{\"taskId\": \"" + task.id() + "\"}");
        var email = (EmailSend) plan("email.task-contacts", "{\"subject\": \"s\", \"body\": \"b\"}",
                context(trigger, facts)).command();
        assertThat(email.to()).extracting(Recipient::email).containsExactly("ana@acme.test", "ops@partner.test");
        assertThat((Map<String, Object>) email.variables().get("task")).containsEntry("title", "Kickoff");

        assertThat(plan("email.task-contacts", "{\"task\": {\"title\": \"Treinamento\"}, \"subject\": \"s\", \"body\": \"b\"}",
                context(trigger, facts)).skipReason()).isEqualTo("the customer has no task title \"Treinamento\"");
    }

    @Test
    void csmRecipientsResolveOwnerTypesToTheirHoldersNowAndSayWhoIsNotAssigned() {
        var facts = facts().owner("Analista Principal", "u-1").build();
        var email = (EmailSend) plan("email.csm", """
                {"ownerTypes": ["analista principal", "Financeiro"], "users": ["u-9"], "subject": "s", "body": "b"}""",
                context(facts)).command();
        assertThat(email.userIds()).containsExactly("u-1", "u-9");
        assertThat(email.to()).isEmpty();

        var skipped = plan("notify.csm", "{\"ownerTypes\": [\"Financeiro\"], \"title\": \"t\"}", context(facts));
        assertThat(skipped.skipReason()).isEqualTo("nobody holds owner type Financeiro for the customer (Não informado)");
        var notify = (NotifyUsers) plan("notify.csm", "{\"ownerTypes\": [\"Analista Principal\"], \"title\": \"t\"}",
                context(facts)).command();
        assertThat(notify.userIds()).containsExactly("u-1");
    }

    /** The starter templates name their tasks "Reunião de valor com {customer.name}": the task gets the name. */
    @Test
    void taskTitlesFillTheCustomerVariablesAndABrokenOneIsRefusedOnSave() {
        var facts = facts().name("ACME").owner("Analista Principal", "u-1").build();
        var task = (JourneyTaskCreate) plan("journey.task.create",
                "{\"title\": \"Diagnóstico com {customer.name}\", \"dueInDays\": 3}", context(facts)).command();
        assertThat(task.title()).isEqualTo("Diagnóstico com ACME");
        var card = (io.csplatform.events.payload.BoardTaskCreate) plan("board.task.create",
                "{\"title\": \"Reunião de valor com {customer.name}\", \"durationMinutes\": 60}", context(facts)).command();
        assertThat(card.title()).isEqualTo("Reunião de valor com ACME");
        var plain = (JourneyTaskCreate) plan("journey.task.create", "{\"title\": \"Kickoff\", \"dueInDays\": 3}",
                context(facts)).command();
        assertThat(plain.title()).isEqualTo("Kickoff");

        assertThat(TestCatalog.get().actions().get("board.task.create")
                .validate(json("{\"title\": \"Reunião com {customer.nome}\", \"durationMinutes\": 60}"), "actions[0].params"))
                .extracting(e -> e.path()).containsExactly("actions[0].params.title");
        assertThat(TestCatalog.get().actions().get("journey.task.create")
                .validate(json("{\"title\": \"{cliente.name}\", \"dueInDays\": 1}"), "actions[0].params"))
                .extracting(e -> e.path()).containsExactly("actions[0].params.title");
    }

    @Test
    void domainCommandsCarryTheStepAndTheTenantsToday() {
        var facts = facts().contact(contact("Ana", "ana@acme.test", true)).build();
        var task = (JourneyTaskCreate) plan("journey.task.create",
                "{\"title\": \"Kickoff\", \"dueInDays\": 3, \"stage\": \"Onboarding\", \"labels\": [\"kick\"]}",
                context(facts)).command();
        // 2026-11-24T13:00Z is 10:00 in São Paulo: the tenant's today
        assertThat(task.referenceDate()).isEqualTo(LocalDate.parse("2026-11-24"));
        assertThat(task.stage()).isEqualTo("Onboarding");
        assertThat(task.labels()).containsExactly("kick");
        assertThat(task.source()).isEqualTo(STEP);

        var card = (BoardTaskCreate) plan("board.task.create", """
                {"title": "Ligar", "durationMinutes": 30, "startInDays": 1, "time": "14:30", "contactAsMainResponsible": true}""",
                context(facts)).command();
        assertThat(card.startAt()).isEqualTo(Instant.parse("2026-11-25T17:30:00Z"));
        assertThat(card.mainContact()).isEqualTo("Ana");
        assertThat(card.assignee().ownerType()).isEqualTo("Analista Principal");

        var tags = (TagsChange) plan("tags.change", "{\"add\": [\"risco\"]}", context(facts)).command();
        assertThat(tags.add()).containsExactly("risco");
        assertThat(tags.source()).isEqualTo(STEP);

        var owner = (OwnerAssign) plan("owner.assign", """
                {"ownerTypeId": "00000000-0000-0000-0000-000000000001", "operator": "lowest-mrr", "pool": ["u-1", "u-2"]}""",
                context(facts)).command();
        assertThat(owner.pool()).containsExactly("u-1", "u-2");

        var score = (HealthScoreSet) plan("healthscore.set", "{\"delta\": -10, \"reason\": \"detractor\"}",
                context(facts)).command();
        assertThat(score.delta()).isEqualByComparingTo(new BigDecimal("-10"));
        assertThat(score.value()).isNull();

        var survey = (SurveySend) plan("survey.send", "{\"kind\": \"NPS\", \"contacts\": \"main-contact\"}",
                context(facts)).command();
        assertThat(survey.to()).extracting(Recipient::email).containsExactly("ana@acme.test");
    }

    @Test
    void taskActionsNameTheTaskTheRuntimeKnowsOrLetJourneysResolveTheTemplateTask() {
        UUID template = UUID.randomUUID();
        var known = new Facts.Task(UUID.randomUUID(), false, null, template, null, "Kickoff", Set.of(), "PENDING",
                LocalDate.parse("2026-11-01"), null, null, null, Set.of());
        var command = (JourneyTaskComplete) plan("journey.task.complete",
                "{\"task\": {\"templateTaskId\": \"" + template + "\"}}", context(facts().task(known).build())).command();
        assertThat(command.taskId()).isEqualTo(known.id());

        var unknownYet = (JourneyTaskComplete) plan("journey.task.complete",
                "{\"task\": {\"templateTaskId\": \"" + template + "\"}}", context(facts().build())).command();
        assertThat(unknownYet.taskId()).isNull();
        assertThat(unknownYet.templateTaskId()).isEqualTo(template);

        assertThat(plan("journey.task.complete", "{\"task\": {\"title\": \"Kickoff\"}}", context(facts().build()))
                .skipReason()).isEqualTo("the customer has no task title \"Kickoff\"");
    }

    @Test
    void paramsAreCheckedWhenThePlaybookIsSavedTemplatesIncluded() {
        var actions = TestCatalog.get().actions();
        assertThat(actions.get("email.main-contact").validate(json(
                "{\"subject\": \"Olá {contato.nome}\", \"body\": \"{customer.name}\"}"), "actions[0].params"))
                .singleElement().satisfies(error -> {
                    assertThat(error.path()).isEqualTo("actions[0].params.subject");
                    assertThat(error.message()).contains("{contato.nome}");
                });
        assertThat(actions.get("notify.csm").validate(json("{\"title\": \"t\"}"), "p")).isNotEmpty();
        assertThat(actions.get("email.external").validate(json(
                "{\"addresses\": [\"not-an-address\"], \"subject\": \"s\", \"body\": \"b\"}"), "p")).isNotEmpty();
        assertThat(actions.get("board.task.create").validate(json("{\"title\": \"t\", \"durationMinutes\": 20}"), "p"))
                .isNotEmpty();
        assertThat(actions.get("healthscore.set").validate(json("{\"value\": 50, \"delta\": 5, \"reason\": \"r\"}"), "p"))
                .isNotEmpty();
        assertThat(actions.get("owner.assign").validate(json(
                "{\"ownerTypeId\": \"00000000-0000-0000-0000-000000000001\", \"operator\": \"fixed\"}"), "p")).isNotEmpty();
        assertThat(actions.get("owner.assign").validate(json(
                "{\"ownerTypeId\": \"00000000-0000-0000-0000-000000000001\", \"operator\": \"fixed\", \"userId\": \"u\"}"),
                "p")).isEmpty();
        assertThat(actions.get("tags.change").validate(json("{\"add\": []}"), "p")).isNotEmpty();
        assertThat(actions.get("survey.send").validate(json("{\"kind\": \"NPS\", \"contacts\": \"contact-type\"}"), "p"))
                .isNotEmpty();
    }
}
