package com.cargomark.callbacks.config;

import com.cargomark.callbacks.auth.CarrierTokenVerifier;
import com.cargomark.callbacks.edi.EdiMessageParser;
import com.cargomark.callbacks.fetch.CarrierDocumentFetcher;
import com.cargomark.callbacks.messaging.EventPublisher;
import com.cargomark.callbacks.storage.PodStorage;
import jakarta.ws.rs.ApplicationPath;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;

@ApplicationPath("/callbacks")
public class CallbackApplication extends ResourceConfig {

    public CallbackApplication() {
        CallbackSettings settings = CallbackSettings.fromEnvironment();
        EventPublisher publisher = new EventPublisher(settings.amqpUri());

        register(JacksonFeature.class);
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(settings).to(CallbackSettings.class);
                bind(publisher).to(EventPublisher.class);
                bind(new CarrierTokenVerifier(settings.tokenSecret())).to(CarrierTokenVerifier.class);
                bind(new PodStorage(settings.podDirectory())).to(PodStorage.class);
                bind(new EdiMessageParser()).to(EdiMessageParser.class);
                bind(new CarrierDocumentFetcher(settings.documentHosts())).to(CarrierDocumentFetcher.class);
            }
        });
        packages("com.cargomark.callbacks.resource", "com.cargomark.callbacks.auth");
    }
}
