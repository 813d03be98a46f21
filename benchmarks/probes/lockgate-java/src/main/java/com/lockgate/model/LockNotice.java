package com.lockgate.model;

import java.time.LocalDateTime;

/**
 * A stoppage or restriction notice published by a lock keeper.
 */
public class LockNotice {

    private long id;
    private String lockCode;
    private String title;
    private String body;
    private String templateSource;
    private String author;
    private LocalDateTime publishedAt;

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }

    public String getLockCode() { return lockCode; }
    public void setLockCode(String lockCode) { this.lockCode = lockCode; }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }

    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }

    public String getTemplateSource() { return templateSource; }
    public void setTemplateSource(String templateSource) { this.templateSource = templateSource; }

    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }

    public LocalDateTime getPublishedAt() { return publishedAt; }
    public void setPublishedAt(LocalDateTime publishedAt) { this.publishedAt = publishedAt; }
}
