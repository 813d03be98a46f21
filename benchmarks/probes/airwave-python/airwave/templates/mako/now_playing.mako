<%inherit file="base.mako"/>
<%def name="title()">Now playing</%def>
<section class="now">
% if show:
  <h1>${show["title"]}</h1>
  <p>with ${show["host_name"]}</p>
% else:
  <h1>Automation</h1>
  <p>Music from the Airwave library until the next live show.</p>
% endif
</section>
