package com.lockgate.service;

import com.lockgate.config.Database;
import com.lockgate.mapper.NoticeMapper;
import com.lockgate.model.LockNotice;
import com.lockgate.util.LockCodes;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import org.apache.ibatis.session.SqlSession;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stoppage and restriction notices. Keepers can publish a plain notice, or a notice with
 * its own layout (used for the winter stoppage programme, which has tables and dates).
 */
public class NoticeService {

    private static final Map<String, String> LAYOUTS = Map.of(
            "full", "lock_notices.ftlh",
            "board", "lock_notices.ftlh");

    private final ViewRenderer views;

    public NoticeService() {
        this(ViewRenderer.get());
    }

    public NoticeService(ViewRenderer views) {
        this.views = views;
    }

    public long publish(String lockCode, String title, String body, String templateSource, String author) {
        LockNotice n = new LockNotice();
        n.setLockCode(LockCodes.requireLockCode(lockCode));
        n.setTitle(title.trim());
        n.setBody(body);
        n.setTemplateSource(templateSource == null || templateSource.isBlank() ? null : templateSource);
        n.setAuthor(author);
        try (SqlSession session = Database.get().openSession()) {
            session.getMapper(NoticeMapper.class).insert(n);
        }
        return n.getId();
    }

    public List<LockNotice> forLock(String lockCode) {
        try (SqlSession session = Database.get().openSession()) {
            return session.getMapper(NoticeMapper.class).findForLock(lockCode);
        }
    }

    public String renderLockPage(String lockCode, String layout) throws IOException {
        String templateName = LAYOUTS.get(layout == null ? "full" : layout);
        if (templateName == null) {
            throw new IllegalArgumentException("unknown layout");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("lockCode", lockCode);
        model.put("notices", forLock(lockCode));
        model.put("compact", "board".equals(layout));
        model.put("today", LocalDate.now().toString());
        StringWriter out = new StringWriter();
        try {
            views.freemarker().getTemplate(templateName).process(model, out); // SAFE ssti
        } catch (TemplateException e) {
            throw new IOException("notice page failed", e);
        }
        return out.toString();
    }

    public String renderCustom(long noticeId) throws IOException {
        LockNotice notice;
        try (SqlSession session = Database.get().openSession()) {
            notice = session.getMapper(NoticeMapper.class).findById(noticeId);
        }
        if (notice == null || notice.getTemplateSource() == null) {
            throw new IllegalArgumentException("notice has no custom layout");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("notice", notice);
        model.put("lockCode", notice.getLockCode());
        model.put("today", LocalDate.now().toString());
        StringWriter out = new StringWriter();
        try {
            new Template("notice-" + noticeId, new StringReader(notice.getTemplateSource()), views.freemarker()).process(model, out); // VULN ssti
        } catch (TemplateException e) {
            throw new IOException("custom notice failed", e);
        }
        return out.toString();
    }
}
