using Shian.EndToEndTests.Infrastructure;

// One app and one browser for every test in the assembly.
[assembly: AssemblyFixture(typeof(E2EFixture))]
