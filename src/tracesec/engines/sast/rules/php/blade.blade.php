<div>
  <!-- ruleid: trace.php.xss.blade-unescaped -->
  <p>{!! $comment->body !!}</p>
  <!-- ok: trace.php.xss.blade-unescaped -->
  <p>{{ $comment->body }}</p>
  <!-- ok: trace.php.xss.blade-unescaped -->
  <form method="post">{!! csrf_field() !!}</form>
</div>
