package modules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.typesafe.config.Config;
import internal.InternalApiServer;
import org.apache.pulsar.client.api.AuthenticationFactory;
import org.apache.pulsar.client.api.CompressionType;
import org.apache.pulsar.client.api.Producer;
import org.apache.pulsar.client.api.PulsarClient;
import org.apache.pulsar.client.api.PulsarClientException;
import org.apache.pulsar.client.api.Schema;
import play.inject.ApplicationLifecycle;
import workers.ExchangeQueueConsumer;

import javax.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

public class SeedvaultModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(InternalApiServer.class).asEagerSingleton();
        bind(ExchangeQueueConsumer.class).asEagerSingleton();
    }

    @Provides
    @Singleton
    PulsarClient pulsarClient(Config config, ApplicationLifecycle lifecycle) throws PulsarClientException {
        String token = System.getenv("PULSAR_TOKEN") != null ? System.getenv("PULSAR_TOKEN") : config.getString("pulsar.token");
        PulsarClient client = PulsarClient.builder()
                .serviceUrl(config.getString("pulsar.service-url"))
                .authentication(AuthenticationFactory.token(token)) // SAFE secret
                .operationTimeout(15, TimeUnit.SECONDS)
                .build();
        lifecycle.addStopHook(() -> {
            client.closeAsync();
            return CompletableFuture.completedFuture(null);
        });
        return client;
    }

    @Provides
    @Singleton
    Producer<byte[]> exchangeProducer(PulsarClient client, Config config) throws PulsarClientException {
        return client.newProducer(Schema.BYTES)
                .topic(config.getString("pulsar.exchange-topic"))
                .producerName("seedvault-web")
                .compressionType(CompressionType.LZ4)
                .create();
    }
}
