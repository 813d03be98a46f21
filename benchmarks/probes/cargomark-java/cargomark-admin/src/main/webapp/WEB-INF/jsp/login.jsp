<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Sign in – Cargomark Back Office</title>
    <link rel="stylesheet" href="${pageContext.request.contextPath}/admin/static/admin.css">
</head>
<body class="login">
<main>
    <h1>Cargomark Back Office</h1>
    <c:if test="${not empty error}">
        <p class="error"><c:out value="${error}"/></p>
    </c:if>
    <form method="post" action="${pageContext.request.contextPath}/admin/login">
        <input type="hidden" name="next" value="<c:out value='${param.next}'/>">
        <label>User name <input type="text" name="username" autocomplete="username" required></label>
        <label>Password <input type="password" name="password" autocomplete="current-password" required></label>
        <button type="submit">Sign in</button>
    </form>
</main>
</body>
</html>
