Hi ${volunteer["display_name"]},

${summary}

You can see the full rota at https://rota.spokeshed.org/rota/week
If you can no longer make a shift, release it there so someone else can pick it up.

Thanks for volunteering!
— Spokeshed coordinators
