<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fn" uri="jakarta.tags.functions" %>
<html>
<body>
<!-- ruleid: trace.templates.xss.jsp-request-output -->
<h2>Policy <%= request.getParameter("policyNumber") %></h2>
<!-- ok: trace.templates.xss.jsp-request-output -->
<h2>Policy <c:out value="${param.policyNumber}"/></h2>
<!-- ruleid: trace.templates.xss.jsp-request-output -->
<p>You searched for ${param.q}</p>
<!-- ok: trace.templates.xss.jsp-request-output -->
<p>You searched for ${fn:escapeXml(param.q)}</p>
<!-- ruleid: trace.templates.xss.jsp-request-output -->
<p>Note: <c:out value="${param.note}" escapeXml="false"/></p>
<!-- ruleid: trace.templates.xss.jsp-request-output -->
<p>Note: <c:out escapeXml='false' value='${param["note"]}'/></p>
<!-- ok: trace.templates.xss.jsp-request-output -->
<p>Note: <c:out value="${param.note}" escapeXml="true"/></p>
<!-- ok: trace.templates.xss.jsp-request-output -->
<p>Signed in as <%= session.getAttribute("displayName") == null ? "guest" : "member" %></p>
</body>
</html>
