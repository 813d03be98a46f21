<section class="error-page">
  <h1>Something went wrong</h1>
  <p>{{.Message}}</p>
  <p><a href="/dashboard">Back to the dashboard</a></p>
</section>
