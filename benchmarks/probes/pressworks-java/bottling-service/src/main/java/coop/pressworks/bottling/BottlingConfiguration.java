package coop.pressworks.bottling;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Map;

public class BottlingConfiguration extends Configuration {

    @Valid
    @NotNull
    private DataSourceFactory database = new DataSourceFactory();

    @NotEmpty
    private String labelRoot = "/srv/pressworks/labels";

    @NotEmpty
    private String invoiceRoot = "/srv/pressworks/invoices";

    @NotEmpty
    private String prepressWorkDir = "/var/lib/pressworks/prepress";

    @NotEmpty
    private String distributorTokenSecret;

    @NotEmpty
    private String amqpHost = "localhost";

    private String amqpUser = "bottling";

    private String amqpPassword;

    @NotEmpty
    private String courierBaseUrl = "https://api.northfreight.example.com/v3";

    private String courierTrustStore = "/etc/pressworks/courier-ca.p12";

    private String courierTrustStorePassword;

    private List<String> allowedOrigins = List.of("https://shop.pressworks.coop", "https://trade.pressworks.coop");

    private Map<String, String> viewRendererConfiguration = Map.of();

    @JsonProperty("database")
    public DataSourceFactory getDataSourceFactory() {
        return database;
    }

    @JsonProperty("database")
    public void setDataSourceFactory(DataSourceFactory database) {
        this.database = database;
    }

    @JsonProperty
    public String getLabelRoot() {
        return labelRoot;
    }

    @JsonProperty
    public void setLabelRoot(String labelRoot) {
        this.labelRoot = labelRoot;
    }

    @JsonProperty
    public String getInvoiceRoot() {
        return invoiceRoot;
    }

    @JsonProperty
    public void setInvoiceRoot(String invoiceRoot) {
        this.invoiceRoot = invoiceRoot;
    }

    @JsonProperty
    public String getPrepressWorkDir() {
        return prepressWorkDir;
    }

    @JsonProperty
    public void setPrepressWorkDir(String prepressWorkDir) {
        this.prepressWorkDir = prepressWorkDir;
    }

    @JsonProperty
    public String getDistributorTokenSecret() {
        return distributorTokenSecret;
    }

    @JsonProperty
    public void setDistributorTokenSecret(String distributorTokenSecret) {
        this.distributorTokenSecret = distributorTokenSecret;
    }

    @JsonProperty
    public String getAmqpHost() {
        return amqpHost;
    }

    @JsonProperty
    public void setAmqpHost(String amqpHost) {
        this.amqpHost = amqpHost;
    }

    @JsonProperty
    public String getAmqpUser() {
        return amqpUser;
    }

    @JsonProperty
    public void setAmqpUser(String amqpUser) {
        this.amqpUser = amqpUser;
    }

    @JsonProperty
    public String getAmqpPassword() {
        return amqpPassword;
    }

    @JsonProperty
    public void setAmqpPassword(String amqpPassword) {
        this.amqpPassword = amqpPassword;
    }

    @JsonProperty
    public String getCourierBaseUrl() {
        return courierBaseUrl;
    }

    @JsonProperty
    public void setCourierBaseUrl(String courierBaseUrl) {
        this.courierBaseUrl = courierBaseUrl;
    }

    @JsonProperty
    public String getCourierTrustStore() {
        return courierTrustStore;
    }

    @JsonProperty
    public void setCourierTrustStore(String courierTrustStore) {
        this.courierTrustStore = courierTrustStore;
    }

    @JsonProperty
    public String getCourierTrustStorePassword() {
        return courierTrustStorePassword;
    }

    @JsonProperty
    public void setCourierTrustStorePassword(String courierTrustStorePassword) {
        this.courierTrustStorePassword = courierTrustStorePassword;
    }

    @JsonProperty
    public List<String> getAllowedOrigins() {
        return allowedOrigins;
    }

    @JsonProperty
    public void setAllowedOrigins(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    @JsonProperty("views")
    public Map<String, String> getViewRendererConfiguration() {
        return viewRendererConfiguration;
    }

    @JsonProperty("views")
    public void setViewRendererConfiguration(Map<String, String> viewRendererConfiguration) {
        this.viewRendererConfiguration = viewRendererConfiguration;
    }
}
