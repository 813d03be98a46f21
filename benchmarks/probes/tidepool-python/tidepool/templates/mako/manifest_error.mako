<%inherit file="base.mako"/>
<%def name="title()">Manifest rejected</%def>
<section class="manifest error">
  <h1>The manifest could not be imported</h1>
  <p>${problem}</p>
  <p>Ask the port authority duty officer to re-send the file, or enter arrivals by hand.</p>
</section>
