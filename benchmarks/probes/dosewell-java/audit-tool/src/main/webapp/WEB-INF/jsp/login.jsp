<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>Dosewell audit &ndash; sign in</title>
  <link rel="stylesheet" href="${pageContext.request.contextPath}/static/audit.css">
</head>
<body class="login">
  <h1>Controlled-substance audit</h1>
  <c:if test="${not empty error}">
    <p class="error"><c:out value="${error}"/></p>
  </c:if>
  <form method="post" action="${pageContext.request.contextPath}/login" autocomplete="off">
    <label>Username <input type="text" name="username" required></label>
    <label>Password <input type="password" name="password" required></label>
    <button type="submit">Sign in</button>
  </form>
</body>
</html>
