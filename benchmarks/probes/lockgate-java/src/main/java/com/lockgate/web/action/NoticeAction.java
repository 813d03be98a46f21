package com.lockgate.web.action;

import com.lockgate.service.NoticeService;
import com.opensymphony.xwork2.ActionContext;
import com.opensymphony.xwork2.ActionSupport;
import org.apache.struts2.ServletActionContext;

import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Lock notices: keepers publish stoppage notices; anyone can view the notice board for a
 * lock, or a single notice that has its own layout.
 */
public class NoticeAction extends ActionSupport {

    private String lockCode;
    private String title;
    private String body;
    private String templateSource;
    private String layout;
    private Long noticeId;

    private final NoticeService notices = new NoticeService();

    @Override
    public String execute() throws IOException {
        HttpServletResponse response = ServletActionContext.getResponse();
        response.setContentType("text/html;charset=UTF-8");

        Long customLayoutId = noticeId;
        if (title != null && !title.isBlank()) {
            Map<String, Object> session = ActionContext.getContext().getSession();
            Object author = session.get("skipperEmail");
            if (author == null) {
                return LOGIN;
            }
            long id = notices.publish(lockCode, title, body, templateSource, author.toString());
            customLayoutId = templateSource == null || templateSource.isBlank() ? null : id;
        }

        if (customLayoutId != null) {
            response.getWriter().write(notices.renderCustom(customLayoutId));
            return NONE;
        }
        response.getWriter().write(notices.renderLockPage(lockCode, layout));
        return NONE;
    }

    public void setLockCode(String lockCode) { this.lockCode = lockCode; }
    public void setTitle(String title) { this.title = title; }
    public void setBody(String body) { this.body = body; }
    public void setTemplateSource(String templateSource) { this.templateSource = templateSource; }
    public void setLayout(String layout) { this.layout = layout; }
    public void setNoticeId(Long noticeId) { this.noticeId = noticeId; }

    public Long getNoticeId() { return noticeId; }
}
