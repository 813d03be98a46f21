package com.berthwise.api.config;

import com.berthwise.core.service.CrewDirectoryService;
import com.berthwise.core.service.CustomsBridgeClient;
import com.berthwise.core.service.NotificationTemplateService.NoticeDraft;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import org.springframework.web.client.RestTemplate;
import java.util.List;

@Factory
@SerdeImport(NoticeDraft.class)
public class BerthwiseFactory {
    @Singleton
    CrewDirectoryService crewDirectory(@Value("${berthwise.ldap.url}") String url,
                                       @Value("${berthwise.ldap.bind-dn}") String bindDn,
                                       @Value("${berthwise.ldap.bind-password}") String bindPassword) {
        return new CrewDirectoryService(url, bindDn, bindPassword);
    }

    @Singleton
    CustomsBridgeClient customsBridge(@Value("${berthwise.customs.hosts}") List<String> hosts,
                                      @Value("${berthwise.terminal-id}") String terminalId) {
        return new CustomsBridgeClient(new RestTemplate(), hosts, terminalId);
    }
}
