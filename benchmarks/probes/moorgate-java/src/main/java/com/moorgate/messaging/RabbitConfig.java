package com.moorgate.messaging;

import com.moorgate.MoorgateConfiguration;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeoutException;

public class RabbitConfig {

    private final MoorgateConfiguration.Amqp amqp;

    public RabbitConfig(MoorgateConfiguration.Amqp amqp) {
        this.amqp = amqp;
    }

    public Connection connect() throws IOException, TimeoutException, GeneralSecurityException {
        if (amqp.password == null || amqp.password.isBlank()) {
            throw new IllegalStateException("MOORGATE_AMQP_PASSWORD is not set");
        }
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(amqp.host);
        factory.setPort(amqp.port);
        factory.setVirtualHost(amqp.virtualHost);
        factory.setUsername(amqp.username);
        factory.setPassword(amqp.password); // SAFE secret
        factory.useSslProtocol(SSLContext.getDefault());
        factory.enableHostnameVerification();
        factory.setAutomaticRecoveryEnabled(true);
        factory.setRequestedHeartbeat(30);
        return factory.newConnection("moorgate-claims");
    }
}
