package com.claimwright.web;

import com.claimwright.core.config.AppSettings;
import com.claimwright.core.dao.*;
import com.claimwright.core.security.*;
import com.claimwright.core.service.*;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class ClaimWebApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClaimWebApplication.class, args);
    }

    @Bean ClaimJdbcDao claimJdbcDao(DataSource dataSource) { return new ClaimJdbcDao(dataSource); }
    @Bean AccountDao accountDao(DataSource dataSource) { return new AccountDao(dataSource); }
    @Bean TokenService tokenService() { return new TokenService(); }
    @Bean PasswordHasher passwordHasher() { return new PasswordHasher(); }
    @Bean RuleEngineService ruleEngineService() { return new RuleEngineService(); }
    @Bean LetterTemplateService letterTemplateService() { return new LetterTemplateService(); }
    @Bean LegacyImportService legacyImportService() { return new LegacyImportService(); }
    @Bean ReportRenderService reportRenderService() throws IOException { return new ReportRenderService(AppSettings.renderWorkDir()); }
}
