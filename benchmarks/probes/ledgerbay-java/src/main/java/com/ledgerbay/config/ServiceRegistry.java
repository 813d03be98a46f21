package com.ledgerbay.config;

import com.ledgerbay.client.CbpGatewayClient;
import com.ledgerbay.client.ExchangeRateClient;
import com.ledgerbay.client.WebhookDispatcher;
import com.ledgerbay.messaging.JobPublisher;
import com.ledgerbay.repository.BrokerAccountRepository;
import com.ledgerbay.repository.FilingRepository;
import com.ledgerbay.repository.ImporterRepository;
import com.ledgerbay.repository.TariffRepository;
import com.ledgerbay.repository.WebhookRepository;
import com.ledgerbay.security.JwtService;
import com.ledgerbay.service.BrokerAccountService;
import com.ledgerbay.service.BrokerDirectoryService;
import com.ledgerbay.service.ClassificationRuleService;
import com.ledgerbay.service.DocumentService;
import com.ledgerbay.service.DutyCalculator;
import com.ledgerbay.service.DutyFormulaEngine;
import com.ledgerbay.service.FilingService;
import com.ledgerbay.service.NotificationService;
import com.ledgerbay.service.ReportService;
import com.ledgerbay.service.WebhookService;
import com.ledgerbay.xml.ManifestXmlParser;
import io.helidon.config.Config;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Hand-wired object graph shared by the SE routes, the JAX-RS resources, the Struts actions and the JMS workers.
 */
public final class ServiceRegistry {

    private static volatile ServiceRegistry instance;

    public final LedgerbayConfig config;
    public final ActiveMQConnectionFactory connectionFactory;
    public final JobPublisher jobs;
    public final JwtService jwt;
    public final FilingRepository filingRepository = new FilingRepository();
    public final ImporterRepository importerRepository = new ImporterRepository();
    public final TariffRepository tariffRepository = new TariffRepository();
    public final WebhookRepository webhookRepository = new WebhookRepository();
    public final BrokerAccountRepository brokerAccountRepository = new BrokerAccountRepository();
    public final ExchangeRateClient exchangeRates;
    public final CbpGatewayClient cbpGateway;
    public final WebhookDispatcher webhookDispatcher = new WebhookDispatcher();
    public final ManifestXmlParser manifestParser = new ManifestXmlParser();
    public final DutyCalculator dutyCalculator;
    public final ClassificationRuleService classificationRules;
    public final WebhookService webhooks;
    public final FilingService filings;
    public final DocumentService documents;
    public final NotificationService notifications;
    public final ReportService reports;
    public final BrokerDirectoryService brokerDirectory;
    public final BrokerAccountService accounts;

    private ServiceRegistry(Config root) {
        this.config = LedgerbayConfig.from(root);
        this.connectionFactory = new ActiveMQConnectionFactory(config.jmsBrokerUrl());
        this.jobs = new JobPublisher(connectionFactory);
        this.jwt = new JwtService();
        this.exchangeRates = new ExchangeRateClient(config);
        this.cbpGateway = new CbpGatewayClient(config);
        this.dutyCalculator = new DutyCalculator(tariffRepository, new DutyFormulaEngine());
        this.classificationRules = new ClassificationRuleService(config.formTemplateRoot().resolveSibling("rules").resolve("rulebook.xml"));
        this.webhooks = new WebhookService(webhookRepository, jobs);
        this.filings = new FilingService(filingRepository, importerRepository, dutyCalculator, webhooks);
        this.documents = new DocumentService(config, filingRepository, jobs, exchangeRates.httpClient());
        this.notifications = new NotificationService(brokerAccountRepository, jobs);
        this.reports = new ReportService(config, notifications);
        this.brokerDirectory = new BrokerDirectoryService(config);
        this.accounts = new BrokerAccountService(brokerAccountRepository, jwt, jobs);
    }

    public static ServiceRegistry init(Config root) {
        synchronized (ServiceRegistry.class) {
            if (instance == null) {
                instance = new ServiceRegistry(root);
            }
            return instance;
        }
    }

    public static ServiceRegistry get() {
        ServiceRegistry current = instance;
        if (current == null) {
            return init(Config.create());
        }
        return current;
    }
}
