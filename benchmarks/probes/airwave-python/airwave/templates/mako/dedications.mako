<%inherit file="base.mako"/>
<%def name="title()">Dedications for ${slug}</%def>
<h1>Dedications</h1>
<form method="post" action="/live/dedications/${slug | u}">
  <label>Your name <input name="name" maxlength="80"></label>
  <label>Message <textarea name="message" maxlength="1000" required></textarea></label>
  <label>Song request <input name="song" maxlength="200"></label>
  <button type="submit">Send to the studio</button>
</form>
<ul class="dedications">
% for d in dedications:
  <li>
    <strong class="from">${d["listener_name"]}</strong> <!-- SAFE xss -->
    <p class="message">${d["message"] | n}</p> <!-- VULN xss -->
    % if d["song_request"]:
      <p class="song">Requested: ${d["song_request"]}</p>
    % endif
    <time>${d["created_at"].strftime("%H:%M, %d %b")}</time>
  </li>
% endfor
</ul>
