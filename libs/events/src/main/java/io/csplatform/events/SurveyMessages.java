package io.csplatform.events;

import io.csplatform.events.MessageType.Kind;
import io.csplatform.events.payload.SurveySend;
import io.csplatform.events.payload.SurveySent;
import io.csplatform.events.payload.CsatResponseReceived;
import io.csplatform.events.payload.NpsResponseReceived;

import java.util.List;

/** Events of the surveys service ({@code cs.surveys.events.v1}) and its command ({@code cs.surveys.commands.v1}). */
public final class SurveyMessages {

    public static final MessageType<NpsResponseReceived> NPS_RESPONSE_RECEIVED =
            new MessageType<>("nps.response.received", NpsResponseReceived.class, Kind.EVENT);
    public static final MessageType<CsatResponseReceived> CSAT_RESPONSE_RECEIVED =
            new MessageType<>("csat.response.received", CsatResponseReceived.class, Kind.EVENT);
    public static final MessageType<SurveySent> SURVEY_SENT =
            new MessageType<>("survey.sent", SurveySent.class, Kind.EVENT);
    public static final MessageType<SurveySend> SURVEY_SEND =
            new MessageType<>("survey.send", SurveySend.class, Kind.COMMAND);
    public static final List<MessageType<?>> ALL = List.of(NPS_RESPONSE_RECEIVED, CSAT_RESPONSE_RECEIVED, SURVEY_SENT, SURVEY_SEND);

    private SurveyMessages() {
    }
}
