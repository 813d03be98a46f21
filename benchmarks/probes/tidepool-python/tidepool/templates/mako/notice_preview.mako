<%inherit file="base.mako"/>
<%def name="title()">Notice preview</%def>
<section class="notice-preview">
  <h1>Preview</h1>
  <pre class="notice">${rendered}</pre>
  <p><a href="/harbour/notices">Back to notices</a></p>
</section>
