namespace Reciprocity.Host.Tests.Cluster;

/// <summary>Three host processes and a database are the heaviest tests here: they run alone, not beside other classes.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "three hosts";
}
