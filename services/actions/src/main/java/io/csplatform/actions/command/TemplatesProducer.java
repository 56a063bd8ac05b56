package io.csplatform.actions.command;

import io.quarkus.qute.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

class TemplatesProducer {

    @Produces
    @ApplicationScoped
    Templates templates(Engine engine) {
        return new Templates(engine);
    }
}
