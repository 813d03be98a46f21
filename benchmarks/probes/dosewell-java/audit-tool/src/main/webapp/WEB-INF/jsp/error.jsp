<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" isErrorPage="true" %>
<!DOCTYPE html>
<html lang="en">
<head><meta charset="UTF-8"><title>Dosewell audit &ndash; error</title></head>
<body>
  <h1>Something went wrong</h1>
  <p>The error has been logged. Please contact the pharmacy informatics team if it persists.</p>
  <p><a href="${pageContext.request.contextPath}/audit/search">Back to search</a></p>
</body>
</html>
