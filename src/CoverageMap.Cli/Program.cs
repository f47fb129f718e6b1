Console.WriteLine("coveragemap");
return 0;
